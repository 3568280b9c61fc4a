package org.foiflow.request;

import static org.foiflow.contract.RequestVariables.CLARIFICATION_DATE;
import static org.foiflow.contract.RequestVariables.FEE_NOTICE_DATE;
import static org.foiflow.contract.RequestVariables.FEE_PAID_DATE;
import static org.foiflow.contract.RequestVariables.FEE_PAUSES;
import static org.foiflow.contract.RequestVariables.OUTER_LIMIT_DATE;
import static org.foiflow.contract.RequestVariables.RECEIVED_DATE;
import static org.foiflow.contract.RequestVariables.SCHOOL_TERMS;
import static org.foiflow.contract.RequestVariables.SENT_DATE;
import static org.foiflow.contract.RequestVariables.STATUTORY_DUE_DATE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.IsoDates;
import org.foiflow.deadline.Deadline;
import org.foiflow.deadline.FeePause;
import org.foiflow.deadline.RequestEvents;
import org.foiflow.deadline.SchoolTerms;

/** The response clock's state in the request's variables: what has moved it, and its result. */
final class ClockVariables {

  private static final String PAUSE_SEPARATOR = ";";

  private ClockVariables() {}

  /** The response due date, and for a school without known terms the outer limit (SI 2004/3364). */
  static void setResponseDue(VariableScope scope, Deadline deadline) {
    STATUTORY_DUE_DATE.set(scope, deadline.due());
    OUTER_LIMIT_DATE.set(scope, deadline.outerLimit());
  }

  /**
   * What has moved the response clock so far: receipt, a clarification, every paid fee (each
   * pause counts, FOIA s.10(2)): those recorded in {@code feePauses} and the latest notice.
   */
  static RequestEvents events(VariableScope scope) {
    LocalDate received = RECEIVED_DATE.get(scope);
    // Requests filed before receivedDate existed: they were received the day they were sent.
    RequestEvents events = RequestEvents.receivedOn(received != null ? received : SENT_DATE.require(scope));
    events = events.withSchoolTerms(SchoolTerms.parse(SCHOOL_TERMS.get(scope)));
    LocalDate clarified = CLARIFICATION_DATE.get(scope);
    if (clarified != null) {
      events = events.clarifiedOn(clarified);
    }
    for (FeePause pause : feePauses(scope)) {
      events = events.withFeePause(pause);
    }
    LocalDate feeNotice = FEE_NOTICE_DATE.get(scope);
    LocalDate feePaid = FEE_PAID_DATE.get(scope);
    return feeNotice != null && feePaid != null ? events.withFeePause(new FeePause(feeNotice, feePaid)) : events;
  }

  /** Records the latest notice's pause with the earlier ones, once the fee is paid. */
  static void keepFeePause(VariableScope scope) {
    LocalDate feeNotice = FEE_NOTICE_DATE.get(scope);
    LocalDate feePaid = FEE_PAID_DATE.get(scope);
    if (feeNotice == null || feePaid == null) {
      return;
    }
    String pause = feeNotice + "/" + feePaid;
    List<String> pauses = new ArrayList<>(List.of(storedPauses(scope).split(PAUSE_SEPARATOR)));
    pauses.removeIf(String::isBlank);
    if (!pauses.contains(pause)) {
      pauses.add(pause);
    }
    FEE_PAUSES.set(scope, String.join(PAUSE_SEPARATOR, pauses));
  }

  private static List<FeePause> feePauses(VariableScope scope) {
    List<FeePause> pauses = new ArrayList<>();
    for (String pause : storedPauses(scope).split(PAUSE_SEPARATOR)) {
      if (!pause.isBlank()) {
        String[] days = pause.split("/");
        pauses.add(new FeePause(IsoDates.parse(days[0]), IsoDates.parse(days[1])));
      }
    }
    return pauses;
  }

  private static String storedPauses(VariableScope scope) {
    String stored = FEE_PAUSES.get(scope);
    return stored == null ? "" : stored;
  }
}
