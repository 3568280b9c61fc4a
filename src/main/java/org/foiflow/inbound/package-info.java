/**
 * Replies from authorities (issue 16): each request's own reply address, the ways mail comes in
 * (IMAP, the built-in catcher's mailbox, upload), matching a message to its request, the holding
 * pen for what matches none, and the {@code foi-reply} message that tells the request.
 */
package org.foiflow.inbound;
