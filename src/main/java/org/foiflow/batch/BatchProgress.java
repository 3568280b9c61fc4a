package org.foiflow.batch;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.RequestVariables;

/**
 * Where each member of a batch stands, in words, from its request's variables; plain Java so
 * that the words and the counts are tested without an engine.
 */
final class BatchProgress {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final String BEING_STARTED = "Being started";
  static final String CLOSED = "Closed";

  /** The stages a request's status variable names, as a person reads them. */
  private static final Map<String, String> STAGES = Map.of(
      "REGISTERED", "Registered",
      "AWAITING_RESPONSE", "Awaiting the response",
      "CLARIFICATION_REQUESTED", "Clarification asked for",
      "FEE_PENDING", "Fees notice to pay",
      "REVIEW_WINDOW_OPEN", "Internal review can be asked for",
      "IN_REVIEW", "In internal review",
      "COMPLAINT_WINDOW_OPEN", "Complaint to the regulator can be made",
      "WITH_REGULATOR", "With the regulator");

  /** One row of the member table. */
  record Row(String authority, String reference, String status, String dueDate, String answeredOn, String outcome, Boolean onTime) {}

  private BatchProgress() {}

  /**
   * @param variables the member's request variables by name, or null while it is not started
   */
  static Row row(BatchBook.Member member, Map<String, Object> variables) {
    if (variables == null) {
      return new Row(member.authorityName(), null, BEING_STARTED, null, null, null, null);
    }
    String outcome = text(variables, RequestVariables.OUTCOME.name());
    String status = text(variables, RequestVariables.STATUS.name());
    LocalDate extended = IsoDates.orNull(variables.get(RequestVariables.EXTENDED_DUE_DATE.name()));
    LocalDate due = extended != null ? extended : IsoDates.orNull(variables.get(RequestVariables.STATUTORY_DUE_DATE.name()));
    LocalDate answered = IsoDates.orNull(variables.get(RequestVariables.RESPONSE_DATE.name()));
    return new Row(
        member.authorityName(),
        member.requestReference(),
        outcome != null ? CLOSED : STAGES.getOrDefault(status, status == null ? BEING_STARTED : words(status)),
        due == null ? null : DAY.format(due),
        answered == null ? null : DAY.format(answered),
        outcome == null ? null : words(outcome),
        answered == null || due == null ? null : !answered.isAfter(due));
  }

  /** How many members are at each status, in the order they first appear. */
  static Map<String, Integer> counts(List<Row> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    rows.forEach(row -> counts.merge(row.status(), 1, Integer::sum));
    return counts;
  }

  /** The share of answered members that answered by their due date; null before any answer. */
  static Double onTimeShare(List<Row> rows) {
    List<Boolean> answered = rows.stream().map(Row::onTime).filter(java.util.Objects::nonNull).toList();
    return answered.isEmpty() ? null : answered.stream().filter(b -> b).count() / (double) answered.size();
  }

  /** "DISCLOSED_IN_FULL" as "Disclosed in full". */
  static String words(String code) {
    String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  private static String text(Map<String, Object> variables, String name) {
    Object value = variables.get(name);
    return value == null ? null : value.toString();
  }
}
