package org.foiflow.holiday;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.foiflow.contract.IsoDates;
import org.foiflow.deadline.Division;
import org.foiflow.input.SentValue;

/**
 * What an administrator sends to add a holiday, checked: a JSON object with {@code date}
 * (day first or YYYY-MM-DD), {@code name} (1 to 200 characters) and {@code divisions} (one or more division
 * codes). Anything else is refused with a one-line message that names the field.
 */
record HolidayInput(LocalDate date, String name, List<Division> divisions) {

  static final int MAX_NAME_LENGTH = 200;
  static final String DIVISION_CODES =
      Arrays.stream(Division.values()).map(Division::code).collect(Collectors.joining(", "));
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Thrown for input that cannot be a holiday; its message goes back to the caller. */
  static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  static HolidayInput parse(String body) {
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      throw new Refused("the body is not JSON: send {\"date\": \"2027-01-15\", \"name\": \"...\", \"divisions\": [\"scotland\"]}");
    }
    if (json == null || !json.isObject()) {
      throw new Refused("the body must be a JSON object: {\"date\": \"2027-01-15\", \"name\": \"...\", \"divisions\": [\"scotland\"]}");
    }
    return new HolidayInput(date(json.path("date").asText(null)), name(json.get("name")), divisions(json.get("divisions")));
  }

  static LocalDate date(String text) {
    try {
      if (text != null) {
        return IsoDates.parseTyped(text);
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw new Refused("date: give a date day first, e.g. 15/01/2027, or as 2027-01-15");
  }

  static Division division(String code) {
    try {
      return Division.ofCode(code);
    } catch (IllegalArgumentException e) {
      throw new Refused("divisions: " + SentValue.quoted(code) + " is not a division; use " + DIVISION_CODES);
    }
  }

  private static String name(JsonNode node) {
    String name = node == null || !node.isTextual() ? "" : node.asText().strip();
    if (name.isEmpty()) {
      throw new Refused("name: give the holiday's name, e.g. \"St Andrew's Day\"");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new Refused("name: at most " + MAX_NAME_LENGTH + " characters, this one has " + name.length());
    }
    return name;
  }

  private static List<Division> divisions(JsonNode node) {
    if (node == null || !node.isArray() || node.isEmpty()) {
      throw new Refused("divisions: give a list of one or more of " + DIVISION_CODES);
    }
    List<Division> divisions = new ArrayList<>();
    for (JsonNode code : node) {
      Division division = division(code.asText());
      if (!divisions.contains(division)) {
        divisions.add(division);
      }
    }
    return divisions;
  }
}
