package org.foiflow.requestpage;

import static org.foiflow.contract.RequestVariables.CLARIFICATION_DATE;
import static org.foiflow.contract.RequestVariables.DECISION_NOTICE_DATE;
import static org.foiflow.contract.RequestVariables.FEE_NOTICE_DATE;
import static org.foiflow.contract.RequestVariables.FEE_PAID_DATE;
import static org.foiflow.contract.RequestVariables.RECEIVED_DATE;
import static org.foiflow.contract.RequestVariables.RESPONSE;
import static org.foiflow.contract.RequestVariables.RESPONSE_DATE;
import static org.foiflow.contract.RequestVariables.REVIEW_OUTCOME;
import static org.foiflow.contract.RequestVariables.REVIEW_OUTCOME_DATE;
import static org.foiflow.contract.RequestVariables.REVIEW_REQUESTED_DATE;
import static org.foiflow.contract.RequestVariables.REGULATOR_DECISION;
import static org.foiflow.contract.RequestVariables.SEND_BY;
import static org.foiflow.contract.RequestVariables.SENT_DATE;
import static org.foiflow.contract.RequestVariables.TRIBUNAL_DECISION;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.inbound.StoredReply;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.OutboxMessage;

/**
 * What happened to a request, oldest first: filed, sent, each email FOI Flow sent (reminders and
 * chasers among them), each message received (replies, automatic replies, bounces), the response
 * recorded, review, complaint, the regulator's decision, the outcome. Read from the request's
 * history: its variables, the outbox, the messages kept and its start and end.
 */
final class Timeline {

  /** One thing that happened, on a day. */
  record Event(LocalDate date, String day, String what) {}

  private Timeline() {}

  /**
   * @param filed the day the request was filed in FOI Flow
   * @param closed the day it closed, null while it is open
   * @param sentDay the day an email left (sent or, while waiting, written)
   * @param zone where a message's moment of arrival becomes a day
   */
  static List<Event> of(
      LocalDate filed,
      LocalDate closed,
      String outcome,
      Map<String, Object> variables,
      List<OutboxMessage> letters,
      Function<OutboxMessage, LocalDate> sentDay,
      List<StoredReply> replies,
      ZoneId zone) {
    List<Event> events = new ArrayList<>();
    add(events, filed, "Filed in FOI Flow");
    LocalDate sent = SENT_DATE.in(variables);
    add(events, sent, "POST".equals(SEND_BY.in(variables)) ? "Posted to the authority" : "Sent to the authority");
    LocalDate received = RECEIVED_DATE.in(variables);
    if (received != null && !received.equals(sent)) {
      add(events, received, "Received by the authority");
    }
    for (OutboxMessage letter : letters) {
      String to = letter.kind().recipient() == MailKind.Recipient.AUTHORITY ? "Email to the authority: " : "Email to you: ";
      add(events, sentDay.apply(letter), to + letter.subject());
    }
    for (StoredReply reply : replies) {
      add(events, reply.receivedAt().atZone(zone).toLocalDate(), received(reply));
    }
    add(events, variables, CLARIFICATION_DATE, "Clarification sent to the authority");
    add(events, variables, FEE_NOTICE_DATE, "Fees notice from the authority");
    add(events, variables, FEE_PAID_DATE, "Fee paid");
    if (RESPONSE.in(variables) != null) {
      add(events, RESPONSE_DATE.in(variables), "Response recorded: " + Words.answer(RESPONSE.in(variables)));
    }
    add(events, variables, REVIEW_REQUESTED_DATE, "Internal review requested");
    if (REVIEW_OUTCOME.in(variables) != null) {
      add(events, REVIEW_OUTCOME_DATE.in(variables), "Internal review answered: " + Words.outcome(REVIEW_OUTCOME.in(variables)).toLowerCase(Locale.UK));
    }
    if (REGULATOR_DECISION.in(variables) != null) {
      add(events, DECISION_NOTICE_DATE.in(variables),
          "Regulator's decision notice: " + Words.outcome(REGULATOR_DECISION.in(variables)).toLowerCase(Locale.UK));
    }
    if (TRIBUNAL_DECISION.in(variables) != null) {
      add(events, DECISION_NOTICE_DATE.in(variables),
          "Tribunal: " + Words.outcome(TRIBUNAL_DECISION.in(variables)).toLowerCase(Locale.UK));
    }
    if (closed != null) {
      add(events, closed, outcome == null ? "Closed" : "Closed: " + Words.outcome(outcome));
    }
    // Stable: events of one day keep the order they happen in.
    events.sort(Comparator.comparing(Event::date));
    return events;
  }

  private static String received(StoredReply reply) {
    if (reply.bounce()) {
      return "Delivery failed: an email to the authority came back undelivered";
    }
    return (reply.automatic() ? "Automatic reply from " : "Reply from ") + reply.sender() + ": " + reply.subject();
  }

  private static void add(List<Event> events, Map<String, Object> variables, ProcessVariable<LocalDate> date, String what) {
    add(events, date.in(variables), what);
  }

  private static void add(List<Event> events, LocalDate date, String what) {
    if (date != null) {
      events.add(new Event(date, Words.date(date), what));
    }
  }
}
