package org.foiflow.requestpage;

import java.time.LocalDate;

/**
 * One request in the list of GET /api/requests, in words.
 *
 * @param law the regime in words ("Freedom of Information Act 2000")
 * @param status where it stands in words; {@code statusCode} is what the status filter takes and
 *     {@code tone} what the page colours it by (waiting, action, late, closed)
 * @param dueDate the response due date (after any extension), ISO; {@code due} the same in words
 * @param batchReference the batch the request is a member of (BATCH-YYYY-NNNN), or null
 */
record RequestSummary(
    String reference,
    String subject,
    String authority,
    String law,
    String status,
    String statusCode,
    String tone,
    LocalDate dueDate,
    String due,
    String requester,
    boolean open,
    String batchReference) {}
