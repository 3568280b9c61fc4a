package org.foiflow.request;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.Deadline;
import org.foiflow.deadline.FeePause;
import org.foiflow.deadline.Regime;
import org.foiflow.deadline.RequestEvents;
import org.foiflow.deadline.SchoolTerms;

/**
 * Reads and writes the lifecycle's variables. Dates travel as ISO strings (yyyy-MM-dd): the
 * format Camunda Forms submit, readable in Cockpit, and what the timer and due-date expressions
 * turn into moments.
 */
public final class RequestVariables {

  /** Day 0: the day the authority received the request (sentDate for requests not posted). */
  public static final String RECEIVED_DATE = "receivedDate";
  /** A school's terms from the authority directory (SchoolTerms text), kept from registration. */
  static final String SCHOOL_TERMS = "schoolTerms";
  /** The paid fee pauses of a request, "notice/paid" separated by ";", kept by FOI Flow. */
  static final String FEE_PAUSES = "feePauses";
  private static final String PAUSE_SEPARATOR = ";";

  private RequestVariables() {}

  public static Regime regime(VariableScope scope) {
    return Regime.valueOf((String) scope.getVariable("regime"));
  }

  public static LocalDate date(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    String text = value.toString();
    return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
  }

  public static LocalDate requiredDate(VariableScope scope, String name) {
    LocalDate date = date(scope, name);
    if (date == null) {
      throw new IllegalStateException("process variable " + name + " is missing");
    }
    return date;
  }

  public static void setDate(VariableScope scope, String name, LocalDate date) {
    scope.setVariable(name, date == null ? null : date.toString());
  }

  /** The response due date, and for a school without known terms the outer limit (SI 2004/3364). */
  public static void setResponseDue(VariableScope scope, Deadline deadline) {
    setDate(scope, "statutoryDueDate", deadline.due());
    setDate(scope, "outerLimitDate", deadline.outerLimit());
  }

  public static void setDate(VariableScope scope, String name, Optional<LocalDate> date) {
    setDate(scope, name, date.orElse(null));
  }

  /**
   * What has moved the response clock so far: receipt, a clarification, every paid fee (each
   * pause counts, FOIA s.10(2)): those recorded in {@code feePauses} and the latest notice.
   */
  public static RequestEvents events(VariableScope scope) {
    LocalDate received = date(scope, RECEIVED_DATE);
    // Requests filed before receivedDate existed: they were received the day they were sent.
    RequestEvents events = RequestEvents.receivedOn(received != null ? received : requiredDate(scope, "sentDate"));
    events = events.withSchoolTerms(SchoolTerms.parse(text(scope, SCHOOL_TERMS)));
    LocalDate clarified = date(scope, "clarificationDate");
    if (clarified != null) {
      events = events.clarifiedOn(clarified);
    }
    for (FeePause pause : feePauses(scope)) {
      events = events.withFeePause(pause);
    }
    LocalDate feeNotice = date(scope, "feeNoticeDate");
    LocalDate feePaid = date(scope, "feePaidDate");
    return feeNotice != null && feePaid != null ? events.withFeePause(new FeePause(feeNotice, feePaid)) : events;
  }

  /** Records the latest notice's pause with the earlier ones, once the fee is paid. */
  public static void keepFeePause(VariableScope scope) {
    LocalDate feeNotice = date(scope, "feeNoticeDate");
    LocalDate feePaid = date(scope, "feePaidDate");
    if (feeNotice == null || feePaid == null) {
      return;
    }
    String pause = feeNotice + "/" + feePaid;
    List<String> pauses = new ArrayList<>(List.of(text(scope, FEE_PAUSES).split(PAUSE_SEPARATOR)));
    pauses.removeIf(String::isBlank);
    if (!pauses.contains(pause)) {
      pauses.add(pause);
    }
    scope.setVariable(FEE_PAUSES, String.join(PAUSE_SEPARATOR, pauses));
  }

  private static List<FeePause> feePauses(VariableScope scope) {
    List<FeePause> pauses = new ArrayList<>();
    for (String pause : text(scope, FEE_PAUSES).split(PAUSE_SEPARATOR)) {
      if (!pause.isBlank()) {
        String[] days = pause.split("/");
        pauses.add(new FeePause(LocalDate.parse(days[0]), LocalDate.parse(days[1])));
      }
    }
    return pauses;
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? "" : value.toString();
  }
}
