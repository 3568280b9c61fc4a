package org.foiflow.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/**
 * The one reader of dates as FOI Flow stores and receives them: yyyy-MM-dd, the format Camunda
 * Forms submit, readable in Cockpit, and what the timer expressions turn into moments.
 */
public final class IsoDates {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private IsoDates() {}

  /**
   * Strictly yyyy-MM-dd (no 31 February); a time after the date ("2026-12-02T00:00:00", as some
   * REST clients send) is ignored.
   *
   * @throws DateTimeParseException when the text is not such a date
   */
  public static LocalDate parse(String text) {
    String trimmed = text.trim();
    String datePart = trimmed.length() > 10 && trimmed.charAt(10) == 'T' ? trimmed.substring(0, 10) : trimmed;
    return LocalDate.parse(datePart, ISO_DATE);
  }

  /** The date a stored value holds, or null when it holds none (empty, or not a date). */
  public static LocalDate orNull(Object value) {
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value == null || value.toString().isBlank()) {
      return null;
    }
    try {
      return parse(value.toString());
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
