package org.foiflow.requestpage;

import static org.foiflow.contract.RequestVariables.CLARIFICATION_DATE;
import static org.foiflow.contract.RequestVariables.EXTENDED_DUE_DATE;
import static org.foiflow.contract.RequestVariables.FEE_NOTICE_DATE;
import static org.foiflow.contract.RequestVariables.FEE_PAID_DATE;
import static org.foiflow.contract.RequestVariables.FEE_PAUSES;
import static org.foiflow.contract.RequestVariables.RECEIVED_DATE;
import static org.foiflow.contract.RequestVariables.REGIME;
import static org.foiflow.contract.RequestVariables.SCHOOL_TERMS;
import static org.foiflow.contract.RequestVariables.SENT_DATE;
import static org.foiflow.contract.RequestVariables.STATUTORY_DUE_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.Deadline;
import org.foiflow.deadline.FeePause;
import org.foiflow.deadline.NonWorkingDay;
import org.foiflow.deadline.RequestEvents;
import org.foiflow.deadline.SchoolTerms;
import org.foiflow.deadline.StatutoryClock;

/**
 * Why a request's response is due when it is: the day counted from, how many working days, each
 * weekday skipped with its name, and what moved the date (a clarification, a fee pause, an
 * extension, a holiday changed after filing). The statutory clock works it out again from the
 * request's variables, with the holidays known today.
 *
 * @param date the due date in force (extended, else statutory), ISO; {@code due} in words
 */
record DueDateExplanation(
    LocalDate date, String due, String countedFrom, int workingDays, List<SkippedDay> skipped, List<String> moves) {

  /** A weekday not counted: "Friday 25 December 2026", "Christmas Day". */
  record SkippedDay(LocalDate date, String day, String reason) {}

  /** Null for a request whose regime or day of receipt is unknown. */
  static DueDateExplanation of(StatutoryClock clock, Map<String, Object> variables) {
    Regime regime = REGIME.in(variables);
    LocalDate received = RECEIVED_DATE.in(variables) != null ? RECEIVED_DATE.in(variables) : SENT_DATE.in(variables);
    if (regime == null || received == null) {
      return null;
    }
    RequestEvents events = events(received, variables);
    Deadline deadline = clock.responseDue(regime, events);
    List<String> moves = new ArrayList<>();
    LocalDate clarified = events.clarified();
    if (clarified != null) {
      moves.add("The authority asked for clarification; the count started again from " + Words.date(clarified)
          + ", the day the clarification reached it.");
    }
    for (FeePause pause : events.feePauses()) {
      moves.add("The clock stopped from the fees notice on " + Words.date(pause.noticeGiven())
          + " until the fee was paid on " + Words.date(pause.feeReceived()) + ": those working days are not counted.");
    }
    LocalDate statutory = STATUTORY_DUE_DATE.in(variables);
    LocalDate due = statutory != null ? statutory : deadline.due();
    if (!due.equals(deadline.due())) {
      moves.add("A holiday added or removed since moves it: counted again today it would be "
          + Words.date(deadline.due()) + ".");
    }
    LocalDate extended = EXTENDED_DUE_DATE.in(variables);
    if (extended != null) {
      moves.add("The authority extended the deadline from " + Words.date(due) + " to " + Words.date(extended) + ".");
      due = extended;
    }
    String start = clarified != null
        ? "the day the clarification reached the authority"
        : "the day the authority received the request";
    return new DueDateExplanation(
        due,
        Words.date(due),
        Words.date(deadline.clockStart()) + " (" + start + "); the count starts the next day",
        deadline.workingDays(),
        deadline.skipped().stream().map(DueDateExplanation::skipped).toList(),
        moves);
  }

  private static SkippedDay skipped(NonWorkingDay day) {
    return new SkippedDay(day.date(), Words.day(day.date()), day.reason());
  }

  /** What moved the clock, as request.ClockVariables records it in the variables. */
  private static RequestEvents events(LocalDate received, Map<String, Object> variables) {
    RequestEvents events = RequestEvents.receivedOn(received).withSchoolTerms(SchoolTerms.parse(SCHOOL_TERMS.in(variables)));
    LocalDate clarified = CLARIFICATION_DATE.in(variables);
    if (clarified != null && !clarified.isBefore(received)) {
      events = events.clarifiedOn(clarified);
    }
    String pauses = FEE_PAUSES.in(variables);
    for (String pause : pauses == null ? new String[0] : pauses.split(";")) {
      String[] days = pause.split("/");
      if (days.length == 2) {
        events = events.withFeePause(new FeePause(IsoDates.parse(days[0].trim()), IsoDates.parse(days[1].trim())));
      }
    }
    LocalDate notice = FEE_NOTICE_DATE.in(variables);
    LocalDate paid = FEE_PAID_DATE.in(variables);
    return notice != null && paid != null ? events.withFeePause(new FeePause(notice, paid)) : events;
  }
}
