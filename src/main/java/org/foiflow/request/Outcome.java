package org.foiflow.request;

import org.foiflow.contract.Response;

/**
 * The final outcome of a request, as stored in the process variable {@code outcome}: what the
 * authority answered, then how far the requester took it, e.g. DISCLOSED_IN_FULL, REFUSED,
 * REFUSED_REVIEW_UPHELD, NOT_HELD_COMPLAINT_PARTLY_UPHELD_APPEALED, WITHDRAWN, LAPSED_FEE_UNPAID.
 */
public final class Outcome {

  /** Where the request closed. */
  public enum Stage {
    RESPONSE,
    REVIEW,
    REGULATOR,
    WITHDRAWN,
    LAPSED_FEE_UNPAID,
    FEE_DECLINED
  }

  private Outcome() {}

  public static String of(
      Stage stage, Response response, String reviewOutcome, String regulatorDecision, String tribunalDecision) {
    return switch (stage) {
      case WITHDRAWN, LAPSED_FEE_UNPAID, FEE_DECLINED -> stage.name();
      case RESPONSE -> answer(response);
      case REVIEW -> answer(response) + "_REVIEW_" + ("NO_RESPONSE".equals(reviewOutcome) ? "UNANSWERED" : reviewOutcome);
      case REGULATOR ->
          answer(response) + "_COMPLAINT_" + regulatorDecision + ("APPEAL".equals(tribunalDecision) ? "_APPEALED" : "");
    };
  }

  private static String answer(Response response) {
    return switch (response) {
      case IN_FULL -> "DISCLOSED_IN_FULL";
      case IN_PART -> "DISCLOSED_IN_PART";
      default -> response.name(); // REFUSED, NOT_HELD, NO_RESPONSE
    };
  }
}
