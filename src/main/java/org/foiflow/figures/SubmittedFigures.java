package org.foiflow.figures;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.camunda.spin.SpinRuntimeException;
import org.camunda.spin.json.SpinJsonNode;
import org.foiflow.form.SubmittedForm;

/**
 * Reads the figures of a "Record the authority's response" submission, whatever door it came
 * through: the list {@code figures} (a JSON variable from REST, or a Java list from the Java API)
 * and the form's groups {@code figure1} to {@code figure3} (JSON objects from Tasklist). Only the
 * shape is judged here (JSON, a list, objects); what each figure says is {@link SubmittedFigure}'s.
 */
final class SubmittedFigures {

  static final String FIELD = "figures";
  /**
   * The Tasklist form has a fixed number of figure groups, figure1 to figure3, because Tasklist
   * 7.24 cannot complete a form once a field inside a dynamic list has a value.
   */
  static final String GROUP_PREFIX = "figure";
  static final int FORM_GROUPS = 3;
  static final int MAX_BREAKDOWN = 500;

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** A figure that was filled in, and where: "figures[2]" is figure 2 of the list. */
  record Filled(JsonNode item, String field, int number) {

    void problem(SubmittedForm form, String subField, String message) {
      form.problem(field + subField, "Figure " + number + ": " + message);
    }
  }

  private SubmittedFigures() {}

  /** The figures filled in, in order; a list that is not JSON or not a list is a problem on {@code form}. */
  static List<Filled> filled(SubmittedForm form) {
    List<Filled> filled = new ArrayList<>();
    JsonNode list = tree(form, FIELD);
    if (list != null && !list.isArray()) {
      form.problem(FIELD, "Figures must be a list");
    } else if (list != null) {
      int number = 0;
      for (JsonNode item : list) {
        number++;
        if (!isBlank(item)) {
          filled.add(new Filled(item, FIELD + "[" + number + "]", number));
        }
      }
    }
    for (int number = 1; number <= FORM_GROUPS; number++) {
      String field = GROUP_PREFIX + number;
      JsonNode item = tree(form, field);
      if (!isBlank(item)) {
        filled.add(new Filled(item, field, number));
      }
    }
    return filled;
  }

  /** The figure as its fields say it, or null when it is not an object or its breakdown not a list (a problem on {@code form}). */
  static SubmittedFigure read(Filled filled, SubmittedForm form) {
    JsonNode item = filled.item();
    if (!item.isObject()) {
      filled.problem(form, "", "is not a figure (metric, value, unit, period...)");
      return null;
    }
    JsonNode given = item.get("breakdown");
    JsonNode rows = given == null || given.isNull() ? JSON.createArrayNode() : given.isTextual() ? lines(given.asText()) : given;
    if (!rows.isArray()) {
      filled.problem(form, ".breakdown", "breakdown must be a list of label and value");
      return null;
    }
    List<SubmittedFigure.Row> breakdown = new ArrayList<>();
    for (JsonNode row : rows) {
      if (breakdown.size() > MAX_BREAKDOWN) {
        break; // one row more than allowed is enough to say there are too many
      }
      breakdown.add(isBlank(row) ? null : new SubmittedFigure.Row(row.isObject() ? text(row, "label") : null, row.get("value")));
    }
    return new SubmittedFigure(
        text(item, "metric"), item.get("value"), text(item, "unit"), text(item, "periodFrom"), text(item, "periodTo"),
        breakdown, text(item, "sourceDocument"), text(item, "sourcePage"), text(item, "notes"));
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
}
