package org.foiflow.requestpage;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;

/**
 * A deadline of an open request that someone must meet now: the authority's response, the fee,
 * the review window, the review's answer, the complaint window, the tribunal window. The request
 * page lists them; the calendar feed makes each an all-day event.
 *
 * @param what the deadline in words ("Last day to ask for an internal review")
 */
record OpenDeadline(String what, LocalDate date, String day) {

  /**
   * The deadlines running at the request's status.
   *
   * @param variables the request's variables with its review's and complaint's
   * @param responseDue the response due date in force (extended, else statutory)
   */
  static List<OpenDeadline> of(String status, Map<String, Object> variables, LocalDate responseDue) {
    List<OpenDeadline> deadlines = new ArrayList<>();
    switch (status == null ? "REGISTERED" : status) {
      case "REGISTERED", "AWAITING_RESPONSE", "CLARIFICATION_REQUESTED" ->
          add(deadlines, "The authority's response is due", responseDue);
      case "FEE_PENDING" -> add(deadlines, "Last day to pay the fee", variables, RequestVariables.FEE_LAPSE_DATE);
      case "REVIEW_WINDOW_OPEN" ->
          add(deadlines, "Last day to ask for an internal review", variables, RequestVariables.REVIEW_REQUEST_DEADLINE);
      case "IN_REVIEW" -> add(deadlines, "The internal review's answer is due", variables, RequestVariables.REVIEW_DUE_DATE);
      case "COMPLAINT_WINDOW_OPEN" ->
          add(deadlines, "Last day to complain to the regulator", variables, RequestVariables.COMPLAINT_DEADLINE);
      default -> { /* with the regulator: its own timetable */ }
    }
    add(deadlines, "Last day to appeal to the tribunal", variables, RequestVariables.TRIBUNAL_DEADLINE);
    return deadlines;
  }

  private static void add(List<OpenDeadline> deadlines, String what, Map<String, Object> variables, ProcessVariable<LocalDate> date) {
    add(deadlines, what, date.in(variables));
  }

  private static void add(List<OpenDeadline> deadlines, String what, LocalDate date) {
    if (date != null) {
      deadlines.add(new OpenDeadline(what, date, Words.date(date)));
    }
  }
}
