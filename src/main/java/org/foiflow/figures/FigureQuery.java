package org.foiflow.figures;

import org.foiflow.contract.IsoDates;
import org.foiflow.input.InvalidParameter;
import org.foiflow.input.SentValue;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Filters of the figures API; null means any.
 *
 * @param authority part of the authority's name, ignoring case ("police" finds every force)
 * @param metric the metric, ignoring case and extra spaces
 * @param from figures whose period ends on or after this day
 * @param to figures whose period starts on or before this day
 * @param reference the request reference
 */
public record FigureQuery(String authority, String metric, LocalDate from, LocalDate to, String reference) {



  static FigureQuery parse(String authority, String metric, String from, String to, String reference) {
    LocalDate fromDate = date("from", from);
    LocalDate toDate = date("to", to);
    if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
      throw new InvalidParameter("to: " + toDate + " is before from (" + fromDate + ")");
    }
    return new FigureQuery(blankToNull(authority), blankToNull(metric), fromDate, toDate, blankToNull(reference));
  }

  private static LocalDate date(String parameter, String value) {
    if (blankToNull(value) == null) {
      return null;
    }
    try {
      return IsoDates.parseTyped(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(parameter + ": " + SentValue.quoted(value) + " is not a valid date " + IsoDates.HOW_TO_WRITE);
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
