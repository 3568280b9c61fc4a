package org.foiflow.requestpage;

import java.time.LocalDate;
import java.util.Locale;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.contract.Regime;
import org.foiflow.contract.Response;

/**
 * Codes as a person reads them: the law, a request's status, the authority's answer, an outcome,
 * and dates in UK order ("2 December 2026"). Nothing a person reads shows UK_FOIA or IN_REVIEW.
 */
final class Words {

  private Words() {}

  static String date(LocalDate date) {
    return date == null ? null : DatesForPeople.day(date);
  }

  /** "Friday 25 December 2026", for skipped days. */
  static String day(LocalDate date) {
    return date == null ? null : DatesForPeople.dayWithWeekday(date);
  }

  static String law(Regime regime) {
    if (regime == null) {
      return null;
    }
    return switch (regime) {
      case UK_FOIA -> "Freedom of Information Act 2000";
      case UK_SCHOOL -> "Freedom of Information Act 2000 (school days)";
      case UK_EIR -> "Environmental Information Regulations 2004";
      case SCOTLAND_FOISA -> "Freedom of Information (Scotland) Act 2002";
      case SCOTLAND_EIR -> "Environmental Information (Scotland) Regulations 2004";
      case US_FOIA -> "US Freedom of Information Act";
      case IE_FOI -> "Freedom of Information Act 2014 (Ireland)";
    };
  }

  static String answer(Response response) {
    if (response == null) {
      return null;
    }
    return switch (response) {
      case IN_FULL -> "information given in full";
      case IN_PART -> "information given in part";
      case REFUSED -> "refused";
      case NOT_HELD -> "information not held";
      case NO_RESPONSE -> "no response by the due date";
      case CLARIFICATION_REQUESTED -> "the authority asked for clarification";
      case FEES_NOTICE -> "the authority asked for a fee";
      case PUBLIC_INTEREST_EXTENSION -> "the authority extended the deadline to consider the public interest";
      case EIR_EXTENSION -> "the authority extended the deadline (complex or voluminous request)";
      case ACKNOWLEDGED -> "the authority acknowledged the request";
      case WITHDRAWN -> "withdrawn";
    };
  }

  /**
   * An outcome code (request.Outcome) in words: DISCLOSED_IN_PART_REVIEW_UPHELD becomes "Disclosed
   * in part; review: upheld". Unknown parts read as lower-case words, never as the code.
   */
  static String outcome(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    String text = code.replace("_COMPLAINT_", "; complaint to the regulator: ")
        .replace("_REVIEW_", "; review: ")
        .replace("_APPEALED", "; appealed to the tribunal");
    return sentence(text);
  }

  /** A code in plain lower-case words with a capital first letter: FEE_PENDING → "Fee pending". */
  static String sentence(String code) {
    String text = code.replace('_', ' ').toLowerCase(Locale.UK).trim();
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
