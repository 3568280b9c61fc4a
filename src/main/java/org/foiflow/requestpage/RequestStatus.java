package org.foiflow.requestpage;

import java.time.LocalDate;

/**
 * Where a request stands, in words and a tone the pages colour: {@code waiting} (on the
 * authority), {@code action} (the requester has something to decide), {@code late} (the
 * authority is past its due date), {@code closed}.
 *
 * @param code the status variable, or "CLOSED": what the status filter takes
 */
record RequestStatus(String code, String words, String tone) {

  static final String CLOSED = "CLOSED";

  /**
   * @param statusCode the request's status variable, set by the diagram as it moves
   * @param due the response due date; a request awaiting its response after it is late
   */
  static RequestStatus of(String statusCode, boolean open, LocalDate due, LocalDate today) {
    if (!open) {
      return new RequestStatus(CLOSED, "Closed", "closed");
    }
    String code = statusCode == null ? "REGISTERED" : statusCode;
    return switch (code) {
      case "REGISTERED", "AWAITING_RESPONSE" ->
          due != null && today.isAfter(due)
              ? new RequestStatus(code, "Late: no response by " + Words.date(due), "late")
              : new RequestStatus(code, "Awaiting the authority's response", "waiting");
      case "CLARIFICATION_REQUESTED" -> new RequestStatus(code, "The authority asked for clarification", "action");
      case "FEE_PENDING" -> new RequestStatus(code, "The authority asked for a fee", "action");
      case "REVIEW_WINDOW_OPEN" -> new RequestStatus(code, "Answered: you may ask for an internal review", "action");
      case "IN_REVIEW" -> new RequestStatus(code, "In internal review", "waiting");
      case "COMPLAINT_WINDOW_OPEN" -> new RequestStatus(code, "Reviewed: you may complain to the regulator", "action");
      case "WITH_REGULATOR" -> new RequestStatus(code, "With the regulator", "waiting");
      // A status a newer diagram sets: still words, never the code.
      default -> new RequestStatus(code, Words.sentence(code), "waiting");
    };
  }
}
