package org.foiflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.foiflow.input.SentValue;

/**
 * The JSON body of a state-changing engine REST call, read before the engine sees it: malformed
 * JSON, NaN, deep nesting and variables of kinds no FOI Flow form sends are refused here with one
 * line, instead of reaching Camunda's parser and converters (which answered some with 500).
 */
final class EngineRequestBody {

  /** Larger than any form: 20,000 characters of request text and a few figures. */
  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPTH = 32;
  static final int MAX_VARIABLES = 100;
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();
  private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  /** Value types a form or a script filing requests sends; Object, File, Bytes and Xml are not. */
  private static final Set<String> PLAIN_TYPES =
      Set.of("String", "Boolean", "Short", "Integer", "Long", "Double", "Date", "Json", "Null");

  static {
    JSON.getFactory().setStreamReadConstraints(
        StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxNumberLength(40).build());
  }

  private EngineRequestBody() {}

  /** A body that cannot go on to the engine, and why, in one line. */
  static final class Refused extends Exception {
    Refused(String message) {
      super(message, null, false, false);
    }
  }

  /** The parsed body; an empty body is an empty object. */
  static JsonNode parse(byte[] body) throws Refused {
    if (body.length == 0) {
      return JSON.createObjectNode();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new Refused("The request body is not valid JSON" + where + ", or nests deeper than " + MAX_DEPTH + " levels");
    } catch (java.io.IOException e) {
      throw new Refused("The request body could not be read");
    }
  }

  /**
   * Checks the variables of a form submission or a message, given as Camunda REST's
   * {@code {"name": {"value": ..., "type": ..., "valueInfo": ...}}}: plain names, plain values.
   */
  static void checkVariables(JsonNode variables, String field) throws Refused {
    if (variables == null || variables.isNull()) {
      return;
    }
    if (!variables.isObject()) {
      throw new Refused(field + " must be an object of variables");
    }
    if (variables.size() > MAX_VARIABLES) {
      throw new Refused(field + " holds " + variables.size() + " variables, at most " + MAX_VARIABLES);
    }
    for (Map.Entry<String, JsonNode> variable : variables.properties()) {
      String name = variable.getKey();
      if (!VARIABLE_NAME.matcher(name).matches()) {
        throw new Refused("Variable name " + SentValue.quoted(name) + " is not a plain name (letters, digits and _, at most 64)");
      }
      checkVariable(name, variable.getValue());
    }
  }

  private static void checkVariable(String name, JsonNode variable) throws Refused {
    if (!variable.isObject()) {
      throw new Refused(name + ": send {\"value\": ...}, as Camunda's REST API expects");
    }
    JsonNode type = variable.get("type");
    if (type != null && !type.isNull() && !(type.isTextual() && PLAIN_TYPES.contains(type.asText()))) {
      throw new Refused(name + ": type must be one of " + String.join(", ", PLAIN_TYPES.stream().sorted().toList()));
    }
    JsonNode value = variable.get("value");
    if (value != null && !value.isValueNode()) {
      throw new Refused(name + ": value must be text, a number, true, false or null (send lists as a Json text)");
    }
    if (value != null && value.isNumber() && !Double.isFinite(value.asDouble())) {
      throw new Refused(name + ": the number is out of range");
    }
  }
}
