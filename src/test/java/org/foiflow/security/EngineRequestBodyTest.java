package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EngineRequestBodyTest {

  @Test
  void plainVariablesPass() throws Exception {
    var body = EngineRequestBody.parse(bytes("{\"variables\": {\"response\": {\"value\": \"IN_FULL\"}, \"n\": {\"value\": 3, \"type\": \"Integer\"},"
        + " \"figures\": {\"value\": \"[]\", \"type\": \"Json\"}, \"empty\": {\"value\": null}}}"));
    EngineRequestBody.checkVariables(body.get("variables"), "variables");
    assertThat(EngineRequestBody.parse(new byte[0]).isEmpty()).isTrue();
  }

  @Test
  void malformedDeepOrNonNumericJsonIsRefusedInOneLine() {
    for (String body : new String[] {"{", "{} {}", "{\"a\": NaN}", "{\"a\": Infinity}", "[".repeat(5_000) + "]".repeat(5_000),
        "{\"a\": 1" + "0".repeat(500) + "}"}) {
      assertThatThrownBy(() -> EngineRequestBody.parse(bytes(body)))
          .isInstanceOf(EngineRequestBody.Refused.class)
          .satisfies(refused -> assertThat(refused.getMessage()).hasSizeLessThan(200).doesNotContain("\n"));
    }
  }

  @Test
  void variablesOfKindsNoFormSendsAreRefusedNamingThem() throws Exception {
    for (String variables : new String[] {
        "[]", "\"x\"", "{\"response\": \"IN_FULL\"}", "{\"response\": {\"value\": {\"a\": 1}}}",
        "{\"response\": {\"value\": [1]}}", "{\"response\": {\"value\": \"x\", \"type\": \"Object\"}}",
        "{\"response\": {\"value\": \"x\", \"type\": \"File\"}}", "{\"bad name\": {\"value\": 1}}",
        "{\"" + "v".repeat(100) + "\": {\"value\": 1}}", "{\"response\": {\"value\": 1e999}}"}) {
      var parsed = EngineRequestBody.parse(bytes(variables));
      assertThatThrownBy(() -> EngineRequestBody.checkVariables(parsed, "variables"))
          .as(variables)
          .isInstanceOf(EngineRequestBody.Refused.class)
          .satisfies(refused -> assertThat(refused.getMessage()).hasSizeLessThan(200));
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
