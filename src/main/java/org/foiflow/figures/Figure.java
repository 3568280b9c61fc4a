package org.foiflow.figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A number an authority disclosed in its response to a request, e.g. 482 tip-offs from MPs to
 * immigration enforcement between 2014 and 2016, with where in the response it was found.
 *
 * @param reference the request reference (FOI-YYYY-NNNN)
 * @param breakdown the same number split by year, region etc.; empty when none was given
 */
public record Figure(
    String reference,
    String authority,
    String metric,
    BigDecimal value,
    String unit,
    LocalDate periodFrom,
    LocalDate periodTo,
    List<Breakdown> breakdown,
    String sourceDocument,
    String sourcePage,
    String notes,
    LocalDate responseDate) {

  /** One row of a breakdown: "2015" → 160. */
  public record Breakdown(String label, BigDecimal value) {}
}
