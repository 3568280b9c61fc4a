package org.foiflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.foiflow.contract.RequestVariables;

/**
 * A form as the signed-in person opens it: the requester's name and email fields already hold
 * what their Camunda profile says, so nobody types their own address for every request. Tasklist
 * fetches no variables for a start form, so the defaults travel in the form itself.
 */
public final class ProfileDefaults {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> defaults = new LinkedHashMap<>();

  /** Blank parts of the profile fill nothing: the person types them as before. */
  public ProfileDefaults(String firstName, String lastName, String email) {
    String name = (blankToEmpty(firstName) + " " + blankToEmpty(lastName)).trim();
    if (!name.isEmpty()) {
      defaults.put(RequestVariables.REQUESTER_NAME.name(), name);
    }
    if (!blankToEmpty(email).isEmpty()) {
      defaults.put(RequestVariables.REQUESTER_EMAIL.name(), email.trim());
    }
  }

  /** The Camunda Forms JSON with the profile's values as the defaults of the matching fields. */
  public byte[] fill(InputStream form) {
    try (form) {
      JsonNode schema = JSON.readTree(form);
      fillComponents(schema);
      return JSON.writeValueAsBytes(schema);
    } catch (IOException unreadable) {
      throw new UncheckedIOException(unreadable);
    }
  }

  private void fillComponents(JsonNode container) {
    for (JsonNode component : container.path("components")) {
      String value = defaults.get(component.path("key").asText(""));
      if (value != null && component instanceof ObjectNode field) {
        field.put("defaultValue", value);
      }
      fillComponents(component);
    }
  }

  private static String blankToEmpty(String text) {
    return text == null ? "" : text.trim();
  }
}
