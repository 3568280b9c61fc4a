package org.foiflow.requestpage;

import java.time.LocalDate;
import java.util.List;
import org.foiflow.figures.Figure;

/**
 * Everything the request page shows, in words, as GET /api/requests/{reference} answers it.
 *
 * @param law the regime in words; {@code status} in words with its {@code tone} (waiting,
 *     action, late, closed)
 * @param dueDate the response due date explained; null when the request has no regime or date
 * @param deadlines the deadlines running now (none once closed)
 * @param nextSteps the open tasks, each with the Tasklist link that opens it
 * @param whatNext what to do now in one sentence
 * @param batchReference the batch the request is a member of (BATCH-YYYY-NNNN), or null
 */
record RequestDetail(
    String reference,
    String subject,
    String authority,
    String law,
    String status,
    String statusCode,
    String tone,
    boolean open,
    String outcome,
    String requester,
    String requestText,
    DueDateExplanation dueDate,
    List<OpenDeadline> deadlines,
    List<Timeline.Event> timeline,
    List<Letter> letters,
    List<Figure> figures,
    List<NextStep> nextSteps,
    String whatNext,
    String batchReference) {

  /** An email FOI Flow wrote for this request. {@code state} says whether it went. */
  record Letter(String to, String subject, String body, LocalDate date, String day, String state) {}

  /** An open task: its name, due date in words, and the link that opens it in Tasklist. */
  record NextStep(String task, String due, String link) {}
}
