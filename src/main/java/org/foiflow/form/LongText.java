package org.foiflow.form;

import java.util.List;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables.SerializationDataFormats;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Camunda keeps a String variable in a column of 4,000 characters (its runtime and history
 * variables, and the history of each form field), so a text the forms allow to be longer, such
 * as a request of 20,000 characters, passed every check and then failed in the database, and the
 * request lost its reference. Such a text is stored as an object serialized as JSON instead,
 * which Camunda keeps in its byte-array table, whatever its length; the process reads it back as
 * the same String.
 */
public final class LongText {

  /** Characters of Camunda's TEXT_ columns, on H2 and PostgreSQL alike. */
  static final int STRING_COLUMN = 4_000;

  private LongText() {}

  /** Replaces, in the submitted variables, every text too long for the column. */
  public static void keepWhole(VariableMap variables) {
    for (String name : List.copyOf(variables.keySet())) {
      TypedValue typed = variables.getValueTyped(name);
      // A Json or object value is already stored as bytes (and reading it here would parse it).
      if (typed != null && !(typed instanceof SerializableValue)
          && typed.getValue() instanceof String text && text.length() > STRING_COLUMN) {
        variables.putValueTyped(
            name, Variables.objectValue(text).serializationDataFormat(SerializationDataFormats.JSON).create());
      }
    }
  }
}
