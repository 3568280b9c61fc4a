package org.foiflow.contract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates as FOI Flow stores and receives them: yyyy-MM-dd, the format Camunda
 * Forms submit, readable in Cockpit, and what the timer expressions turn into moments. Dates a
 * person typed ({@link #parseTyped}) may also be day first, the UK habit.
 */
public final class IsoDates {

  private static final DateTimeFormatter ISO_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  // Day first, as people in the UK write dates; only a four-digit year, so "02/12/26" is not
  // silently 0026 or guessed as 2026.
  private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

  /** How to write a date FOI Flow reads, for the end of a refusal. */
  public static final String HOW_TO_WRITE = "(day first, e.g. 02/12/2026, or 2026-12-02)";

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

  /**
   * A date a person typed: day first ("02/12/2026" is 2 December 2026) or yyyy-MM-dd. Anything
   * else, such as "2026/02/12" or a two-digit year, is refused rather than guessed, since a
   * month-first reading would silently give another date.
   *
   * @throws DateTimeParseException when the text is neither
   */
  public static LocalDate parseTyped(String text) {
    Matcher dayFirst = DAY_FIRST.matcher(text.trim());
    if (!dayFirst.matches()) {
      return parse(text);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)), Integer.parseInt(dayFirst.group(1)));
    } catch (DateTimeException noSuchDay) {
      throw new DateTimeParseException(noSuchDay.getMessage(), text, 0, noSuchDay);
    }
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
