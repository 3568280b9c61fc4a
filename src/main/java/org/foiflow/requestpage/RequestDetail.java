package org.foiflow.requestpage;

import java.time.Instant;
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
 * @param replyAddress the request's own address for the authority's replies
 * @param deliveryFailed an email to the authority bounced, and was not sent again since
 * @param correspondence every email sent and every message received, in order
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
    String replyAddress,
    boolean deliveryFailed,
    List<Mail> correspondence,
    String batchReference) {

  /** An email FOI Flow wrote for this request. {@code state} says whether it went. */
  record Letter(String to, String subject, String body, LocalDate date, String day, String state) {}

  /**
   * One email of the correspondence: {@code direction} "sent" (by FOI Flow) or "received";
   * {@code kind} "letter", "reply", "automatic reply" or "bounce"; {@code note} how a sent one
   * went, or what a received one is when it is not a plain reply.
   */
  record Mail(
      String direction, String kind, Instant at, String day, String from, String to, String subject, String text,
      String note, List<Attachment> attachments) {}

  /** An attachment of a reply, {@code link} downloads it. */
  record Attachment(String name, String type, String size, String link) {}

  /** An open task: its name, due date in words, and the link that opens it in Tasklist. */
  record NextStep(String task, String due, String link) {}
}
