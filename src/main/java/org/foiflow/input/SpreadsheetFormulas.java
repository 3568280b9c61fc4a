package org.foiflow.input;

/**
 * Spreadsheet programs run a CSV cell that starts with =, +, -, @, a tab or a carriage return as
 * a formula, which can fetch URLs or start programs ("CSV injection", OWASP). Text FOI Flow
 * writes into CSV is prefixed with a single quote, which spreadsheets show as text; names read
 * from an imported CSV may not start with one at all.
 */
public final class SpreadsheetFormulas {

  /** The characters OWASP lists as starting a formula. */
  public static final String FORMULA_STARTS = "=+-@\t\r";

  private SpreadsheetFormulas() {}

  public static boolean startsFormula(String cell) {
    return cell != null && !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0;
  }

  /** The text as a CSV cell that a spreadsheet shows and never runs. */
  public static String asText(String cell) {
    return startsFormula(cell) ? "'" + cell : cell;
  }
}
