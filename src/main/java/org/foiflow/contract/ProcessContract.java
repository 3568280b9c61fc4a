package org.foiflow.contract;

/**
 * Names the diagrams and FOI Flow's Java share: process keys, messages and variables that more
 * than one package needs. Depends on nothing else of FOI Flow, so every package may use it.
 */
public final class ProcessContract {

  /** Process key of an FOI request (processes/foi-request.bpmn). */
  public static final String REQUEST_PROCESS = "foi-request";
  /** Process key of a batch request: one request to many authorities (processes/foi-batch.bpmn). */
  public static final String BATCH_PROCESS = "foi-batch";
  /** The batch's list of chunk numbers, the collection its multi-instance runs over. */
  public static final String BATCH_CHUNKS = "batchChunks";
  /** Message that withdraws a request, correlated by its reference (the business key). */
  public static final String WITHDRAW_MESSAGE = "foi-withdraw";
  /** Message that tells a request a reply arrived (org.foiflow.inbound), correlated by its reference. */
  public static final String REPLY_MESSAGE = "foi-reply";
  /** The user who filed the request (the start event's camunda:initiator). */
  public static final String INITIATOR = "initiator";

  private ProcessContract() {}
}
