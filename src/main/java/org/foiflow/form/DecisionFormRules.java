package org.foiflow.form;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Rules for the many forms that record one decision and the date it was made: the decision must
 * be one of the offered values; the date is required for some decisions, may not lie in the
 * future, may not precede an earlier step, and may not pass the window that allows it.
 *
 * @param decisionField null for a form that only records a date, which is then required
 * @param onlyAfterDueDecision a decision allowed only once {@code dueField} has passed (e.g. "no
 *     response"), or null
 */
public record DecisionFormRules(
    String formId,
    String decisionField,
    String decisionLabel,
    Set<String> decisions,
    String dateField,
    String dateLabel,
    Set<String> decisionsNeedingDate,
    String notBeforeField,
    String notAfterField,
    String onlyAfterDueDecision,
    String dueField)
    implements FormRules {

  @Override
  public void check(SubmittedForm form) {
    String decision = null;
    if (decisionField != null) {
      decision = form.requireOneOf(decisionField, decisionLabel, new LinkedHashSet<>(decisions));
      if (decision == null) {
        return;
      }
    }
    if (decision != null && decision.equals(onlyAfterDueDecision)) {
      LocalDate due = form.optionalDate(dueField, "Due date");
      if (due != null && !form.today().isAfter(due)) {
        form.problem(decisionField, decisionLabel + " " + decision + " can only be recorded after " + due);
      }
    }
    LocalDate date =
        decision == null || decisionsNeedingDate.contains(decision)
            ? form.requireDate(dateField, dateLabel)
            : form.optionalDate(dateField, dateLabel);
    if (date == null) {
      return;
    }
    if (date.isAfter(form.today())) {
      form.problem(dateField, dateLabel + " " + date + " is in the future");
    }
    LocalDate notBefore = notBeforeField == null ? null : form.optionalDate(notBeforeField, notBeforeField);
    if (notBefore != null && date.isBefore(notBefore)) {
      form.problem(dateField, dateLabel + " " + date + " is before " + notBefore);
    }
    LocalDate notAfter = notAfterField == null ? null : form.optionalDate(notAfterField, notAfterField);
    if (notAfter != null && date.isAfter(notAfter)) {
      form.problem(dateField, dateLabel + " " + date + " is after the window closed on " + notAfter);
    }
  }
}
