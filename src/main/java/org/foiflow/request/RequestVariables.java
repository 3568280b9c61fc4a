package org.foiflow.request;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.FeePause;
import org.foiflow.deadline.Regime;
import org.foiflow.deadline.RequestEvents;

/**
 * Reads and writes the lifecycle's variables. Dates travel as ISO strings (yyyy-MM-dd): the
 * format Camunda Forms submit, readable in Cockpit, and what the timer and due-date expressions
 * turn into moments.
 */
public final class RequestVariables {

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

  public static void setDate(VariableScope scope, String name, Optional<LocalDate> date) {
    setDate(scope, name, date.orElse(null));
  }

  /** What has moved the response clock so far: receipt, a clarification, a paid fee. */
  public static RequestEvents events(VariableScope scope) {
    LocalDate feeNotice = date(scope, "feeNoticeDate");
    LocalDate feePaid = date(scope, "feePaidDate");
    return new RequestEvents(
        requiredDate(scope, "sentDate"),
        date(scope, "clarificationDate"),
        feeNotice != null && feePaid != null ? new FeePause(feeNotice, feePaid) : null);
  }
}
