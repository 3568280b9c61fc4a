package org.foiflow.figures;

import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Response;
import org.foiflow.input.SentValue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.foiflow.form.SubmittedForm;

/**
 * Checks the disclosed figures of a "Record the authority's response" submission and reads them:
 * the list {@code figures} (a JSON variable from REST, or a Java list from the Java API) and the
 * form's groups {@code figure1} to {@code figure3} (JSON objects from Tasklist). Every mistake is
 * reported with its figure's number, and nothing is stored while there is one.
 */
public final class FigureRules {

  public static final String FIELD = "figures";
  /**
   * The Tasklist form has a fixed number of figure groups, figure1 to figure3, because Tasklist
   * 7.24 cannot complete a form once a field inside a dynamic list has a value.
   */
  static final String GROUP_PREFIX = "figure";
  static final int FORM_GROUPS = 3;
  /** Responses that disclose information, and so may carry figures. */

  static final int MAX_FIGURES = 200;
  static final int MAX_BREAKDOWN = 500;
  static final int MAX_METRIC = 200;
  static final int MAX_UNIT = 100;
  static final int MAX_LABEL = 200;
  static final int MAX_SOURCE_DOCUMENT = 500;
  static final int MAX_SOURCE_PAGE = 50;
  static final int MAX_NOTES = 4_000;
  /**
   * Figure values: NUMERIC(24, 6) in V3__figures.sql holds 18 digits before the point; 15 is what
   * the figures page's chart (JavaScript numbers) shows exactly, and plenty for any count or sum.
   */
  static final int MAX_DIGITS = 15;
  static final int MAX_DECIMALS = 6;
  private static final Pattern NUMERAL = Pattern.compile("[-+]?\\d+(\\.\\d+)?");
  /** Sign, 15 digits, point and 6 decimals, with room for leading or trailing zeros. */
  private static final int MAX_TEXT = 40;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * The figures submitted with {@code response}, with the request's reference, authority and
   * response date from the form; empty if there are none or if any is wrong (then the problems
   * are on {@code form}).
   */
  public List<Figure> check(SubmittedForm form, Response response) {
    List<Entry> filled = new ArrayList<>();
    JsonNode list = tree(form, FIELD);
    if (list != null && !list.isArray()) {
      form.problem(FIELD, "Figures must be a list");
    } else if (list != null) {
      int number = 0;
      for (JsonNode item : list) {
        number++;
        if (!isBlank(item)) {
          filled.add(new Entry(item, new Place(form, FIELD + "[" + number + "]", number)));
        }
      }
    }
    for (int number = 1; number <= FORM_GROUPS; number++) {
      String field = GROUP_PREFIX + number;
      JsonNode item = tree(form, field);
      if (!isBlank(item)) {
        filled.add(new Entry(item, new Place(form, field, number)));
      }
    }
    if (filled.isEmpty()) {
      return List.of();
    }
    if (response == null || !response.discloses()) {
      form.problem(FIELD, "Figures can only be recorded with information provided in full or in part");
      return List.of();
    }
    if (filled.size() > MAX_FIGURES) {
      form.problem(FIELD, "Too many figures (" + filled.size() + ", at most " + MAX_FIGURES + ")");
      return List.of();
    }
    int before = form.problems().size();
    List<Figure> figures = new ArrayList<>();
    for (Entry entry : filled) {
      figures.add(figure(entry.item(), entry.place(), form));
    }
    return form.problems().size() == before ? figures : List.of();
  }

  /** A figure as submitted, and where it was in the submission. */
  private record Entry(JsonNode item, Place place) {}

  private static Figure figure(JsonNode item, Place place, SubmittedForm form) {
    if (!item.isObject()) {
      place.problem("", "is not a figure (metric, value, unit, period...)");
      return null;
    }
    String metric = text(item, "metric");
    if (metric == null) {
      place.problem(".metric", "metric is required");
    } else if (metric.length() > MAX_METRIC) {
      place.problem(".metric", "metric is too long (at most " + MAX_METRIC + " characters)");
    }
    BigDecimal value = number(item.get("value"), place, ".value", "value");
    String unit = text(item, "unit");
    if (unit == null) {
      place.problem(".unit", "unit is required (e.g. tip-offs, pounds, officers)");
    }
    tooLong(unit, MAX_UNIT, place, ".unit", "unit");
    LocalDate from = date(item, "periodFrom", place, "period from");
    LocalDate to = date(item, "periodTo", place, "period to");
    if (from != null && to != null && to.isBefore(from)) {
      place.problem(".periodTo", "the period ends (" + to + ") before it starts (" + from + ")");
    }
    List<Figure.Breakdown> breakdown = breakdown(item.get("breakdown"), place);
    String document = text(item, "sourceDocument");
    tooLong(document, MAX_SOURCE_DOCUMENT, place, ".sourceDocument", "source document");
    String page = text(item, "sourcePage");
    tooLong(page, MAX_SOURCE_PAGE, place, ".sourcePage", "source page");
    String notes = text(item, "notes");
    tooLong(notes, MAX_NOTES, place, ".notes", "notes");
    return new Figure(
        form.text("reference"), form.text("authorityName"), metric, value, unit, from, to, breakdown,
        document, page, notes, responseDate(form.text("responseDate")));
  }

  /** The response form checks this date itself; a wrong one is reported there, not twice. */
  private static LocalDate responseDate(String text) {
    return IsoDates.orNull(text);
  }

  private static List<Figure.Breakdown> breakdown(JsonNode given, Place place) {
    if (given == null || given.isNull()) {
      return List.of();
    }
    JsonNode rows = given.isTextual() ? lines(given.asText()) : given;
    if (!rows.isArray()) {
      place.problem(".breakdown", "breakdown must be a list of label and value");
      return List.of();
    }
    if (rows.size() > MAX_BREAKDOWN) {
      place.problem(".breakdown", "breakdown has too many rows (at most " + MAX_BREAKDOWN + ")");
      return List.of();
    }
    List<Figure.Breakdown> result = new ArrayList<>();
    int number = 0;
    for (JsonNode row : rows) {
      number++;
      if (isBlank(row)) {
        continue;
      }
      String field = ".breakdown[" + number + "]";
      String label = row.isObject() ? text(row, "label") : null;
      if (label == null) {
        place.problem(field + ".label", "breakdown row " + number + " needs a label (e.g. 2015, Wales)");
      }
      tooLong(label, MAX_LABEL, place, field + ".label", "breakdown label");
      BigDecimal value = number(row.get("value"), place, field + ".value", "breakdown row " + number + " value");
      result.add(new Figure.Breakdown(label, value));
    }
    return result;
  }

  /**
   * Tasklist cannot complete a form with a list inside a list, so the form takes the breakdown as
   * text, one "label: value" per line; REST and Java callers may send the list itself.
   */
  private static JsonNode lines(String text) {
    ArrayNode rows = JSON.createArrayNode();
    for (String line : text.split("\\R")) {
      int colon = line.lastIndexOf(':');
      ObjectNode row = rows.addObject();
      row.put("label", colon < 0 ? line : line.substring(0, colon));
      row.put("value", colon < 0 ? null : line.substring(colon + 1));
    }
    return rows;
  }

  private static BigDecimal number(JsonNode node, Place place, String field, String label) {
    if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
      place.problem(field, label + " is required");
      return null;
    }
    if (!node.isNumber() && !node.isTextual()) {
      place.problem(field, label + " must be a number, not a list, object or true/false");
      return null;
    }
    String outOfRange =
        label + " is out of range (at most " + MAX_DIGITS + " digits before the point and " + MAX_DECIMALS + " after)";
    BigDecimal value;
    if (node.isNumber()) {
      value = decimal(node);
    } else {
      // Text is checked before it is converted: no exponent, no commas, and no longer than any
      // number in range could be written.
      String text = node.asText().trim();
      if (text.length() > MAX_TEXT) {
        place.problem(field, outOfRange);
        return null;
      }
      value = NUMERAL.matcher(text).matches() ? new BigDecimal(text) : null;
    }
    if (value == null) {
      place.problem(field, label + " " + SentValue.quoted(node.asText()) + " is not a number like 1234.5");
      return null;
    }
    // Counted, never written out: "1e999999999" is a valid BigDecimal, and its plain text would
    // take gigabytes. Long arithmetic, as a scale can be as low as -2^31.
    value = value.stripTrailingZeros();
    if ((long) value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DECIMALS) {
      place.problem(field, outOfRange);
      return null;
    }
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /** A JSON number: exact as sent (a BigDecimal), or a double from a parsed Spin value. */
  private static BigDecimal decimal(JsonNode number) {
    try {
      return number.decimalValue();
    } catch (NumberFormatException infiniteOrNaN) {
      return null;
    }
  }

  private static LocalDate date(JsonNode item, String name, Place place, String label) {
    String text = text(item, name);
    if (text == null) {
      place.problem("." + name, label + " is required");
      return null;
    }
    try {
      LocalDate date = IsoDates.parse(text);
      // Statistics reach back further than FOI itself, but not before 1800.
      if (date.getYear() < 1800 || date.getYear() > 2100) {
        place.problem("." + name, label + " " + SentValue.quoted(text) + " is outside 1800-2100");
        return null;
      }
      return date;
    } catch (DateTimeParseException e) {
      place.problem("." + name, label + " " + SentValue.quoted(text) + " is not a valid date (YYYY-MM-DD)");
      return null;
    }
  }

  private static void tooLong(String text, int max, Place place, String field, String label) {
    if (text != null && text.length() > max) {
      place.problem(field, label + " is too long (" + text.length() + " characters, at most " + max + ")");
    }
  }

  private static String text(JsonNode item, String name) {
    JsonNode node = item.get(name);
    if (node == null || node.isNull() || node.isContainerNode()) {
      return null;
    }
    String text = node.asText().trim();
    return text.isEmpty() ? null : text;
  }

  /** A row the requester added but left empty: not a mistake, just nothing to store. */
  private static boolean isBlank(JsonNode node) {
    if (node == null || node.isNull()) {
      return true;
    }
    if (node.isTextual()) {
      return node.asText().isBlank();
    }
    if (node.isContainerNode()) {
      for (JsonNode child : node) {
        if (!isBlank(child)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  /**
   * The submitted JSON as a tree. A REST client's Json variable is parsed only when it is first
   * read, here, so its mistakes (bad syntax, nesting or numbers beyond Jackson's limits) surface
   * here too, and become the submitter's problem rather than a server error.
   */
  private static JsonNode tree(SubmittedForm form, String field) {
    try {
      Object value = form.json(field);
      if (value == null) {
        return null;
      }
      if (value instanceof SpinJsonNode spin) {
        return JSON.readTree(spin.toString());
      }
      if (value instanceof String text) {
        return text.isBlank() ? null : JSON.readTree(text);
      }
      return JSON.valueToTree(value);
    } catch (JsonProcessingException | IllegalArgumentException | SpinRuntimeException e) {
      form.problem(field, "Figures are not valid JSON");
      return null;
    }
  }

  /** Where a problem is: "figures[2].value: Figure 2: value 'lots' is not a number". */
  private record Place(SubmittedForm form, String field, int number) {
    void problem(String subField, String message) {
      form.problem(field + subField, "Figure " + number + ": " + message);
    }
  }
}
