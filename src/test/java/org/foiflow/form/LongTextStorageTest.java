package org.foiflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;

/** {@link LongText}; the database side is in org.foiflow.security.LongTextTest. */
class LongTextStorageTest {

  @Test
  void onlyTextLongerThanCamundasColumnBecomesAJsonObject() {
    String fits = "a".repeat(LongText.STRING_COLUMN);
    String tooLong = fits + "b";
    VariableMap variables =
        Variables.createVariables()
            .putValueTyped("typed", Variables.stringValue(tooLong))
            .putValue("untyped", tooLong)
            .putValue("fits", fits)
            .putValue("number", 42)
            .putValueTyped("figures", SpinValues.jsonValue("[" + "1,".repeat(3_000) + "1]").create());

    LongText.keepWhole(variables);

    for (String name : new String[] {"typed", "untyped"}) {
      assertThat((Object) variables.getValueTyped(name)).isInstanceOfSatisfying(ObjectValue.class, object -> {
        assertThat(object.getSerializationDataFormat()).isEqualTo(Variables.SerializationDataFormats.JSON.getName());
        assertThat(object.getValue()).isEqualTo(tooLong);
      });
    }
    assertThat(variables.getValueTyped("fits").getValue()).isEqualTo(fits);
    assertThat(variables.get("number")).isEqualTo(42);
    assertThat(variables.getValueTyped("figures").getType().getName()).isEqualTo("json");
  }
}
