package org.foiflow.tracking;

import java.time.LocalDate;

/**
 * Where an open FOI request stands against its statutory clock.
 *
 * @param reference the request reference, which is also the process business key
 * @param stage the open task with the earliest deadline (or the request's status code when it is
 *     waiting without a task)
 * @param status null only when the request has no due date or no known regime
 * @param deliveryFailed an email to the authority bounced and was not sent again since
 * @param batchReference the batch the request is a member of (BATCH-YYYY-NNNN), or null
 */
public record RequestDeadline(
    String reference,
    String processInstanceId,
    String authorityName,
    String regime,
    String stage,
    LocalDate dueDate,
    DeadlineStatus status,
    boolean deliveryFailed,
    String batchReference) {}
