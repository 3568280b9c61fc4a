/**
 * Batch requests (issue 18): one request to many authorities. The form "Send a request to many
 * authorities" (process foi-batch) checks the group, registers the batch and its members, and
 * jobs start each member as its own foi-request, a chunk at a time; their letters go out
 * staggered. The batch page compares the members' progress and the figures they disclosed.
 */
package org.foiflow.batch;
