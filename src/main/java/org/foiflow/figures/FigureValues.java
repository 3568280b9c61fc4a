package org.foiflow.figures;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.foiflow.contract.IsoDates;

/** Reads a figure's number and dates as sent, bounding each before it is converted. */
final class FigureValues {

  /**
   * Figure values: NUMERIC(24, 6) in V3__figures.sql holds 18 digits before the point; 15 is what
   * the figures page's chart (JavaScript numbers) shows exactly, and plenty for any count or sum.
   */
  static final int MAX_DIGITS = 15;
  static final int MAX_DECIMALS = 6;
  /** Statistics reach back further than FOI itself, but not before 1800. */
  static final int FIRST_YEAR = 1800;
  static final int LAST_YEAR = 2100;
  private static final Pattern NUMERAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  /** Sign, 15 digits, point and 6 decimals, with room for leading or trailing zeros. */
  private static final int MAX_TEXT = 40;

  enum Verdict { READ, MISSING, NOT_NUMBER_OR_TEXT, NOT_A_NUMBER, OUT_OF_RANGE }

  record Number(Verdict verdict, BigDecimal value) {
    static Number refused(Verdict verdict) {
      return new Number(verdict, null);
    }
  }

  private FigureValues() {}

  /** A JSON number exactly as sent, or text like 1234.5 (no exponent, no commas). */
  static Number number(JsonNode node) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      return Number.refused(Verdict.MISSING);
    }
    if (!node.isNumber() && !node.isTextual()) {
      return Number.refused(Verdict.NOT_NUMBER_OR_TEXT);
    }
    BigDecimal value;
    if (node.isNumber()) {
      value = decimal(node);
    } else {
      String text = node.asText().trim();
      if (text.length() > MAX_TEXT) {
        return Number.refused(Verdict.OUT_OF_RANGE);
      }
      value = NUMERAL.matcher(text).matches() ? new BigDecimal(text) : null;
    }
    if (value == null) {
      return Number.refused(Verdict.NOT_A_NUMBER);
    }
    // Counted, never written out: "1e999999999" is a valid BigDecimal, and its plain text would
    // take gigabytes. Long arithmetic, as a scale can be as low as -2^31.
    value = value.stripTrailingZeros();
    if ((long) value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DECIMALS) {
      return Number.refused(Verdict.OUT_OF_RANGE);
    }
    return new Number(Verdict.READ, value.scale() < 0 ? value.setScale(0) : value);
  }

  /** A date (day first or yyyy-MM-dd) between {@link #FIRST_YEAR} and {@link #LAST_YEAR}, or null. */
  static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = IsoDates.parseTyped(text);
      return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }

  /** A JSON number: exact as sent (a BigDecimal), or a double from a parsed Spin value. */
  private static BigDecimal decimal(JsonNode number) {
    try {
      return number.decimalValue();
    } catch (NumberFormatException infiniteOrNaN) {
      return null;
    }
  }
}
