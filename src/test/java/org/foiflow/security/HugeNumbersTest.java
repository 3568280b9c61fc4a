package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiflow.security.ShortRefusals.assertRefusedShortly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.figures.FigureQuery;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Numbers meant to exhaust memory or time ("1e999999999" once made an error message of gigabytes),
 * and JSON of the wrong shape, sent over HTTP: each is a short 400, and nothing is stored.
 */
class HugeNumbersTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final LocalDate ANSWERED = LocalDate.of(2025, 3, 20);
  static final String DIGITS_5000 = "7".repeat(5_000);
  static final List<String> HOSTILE_NUMBERS =
      List.of(
          "1e999999999", "1e2000000", "-1e-999999999", "1E+2147483647", "1" + "0".repeat(40), "NaN", "Infinity",
          "-Infinity", "0x10", "1,000", "1_000", "١٢٣", "12.5.3", " ", DIGITS_5000, "0." + DIGITS_5000, "1e" + DIGITS_5000, "x" + DIGITS_5000);

  @Autowired TestRestTemplate http;
  @Autowired FigureStore figures;
  @Autowired ObjectMapper json;

  private ProcessInstance request;

  @BeforeEach
  void aRequestAwaitingItsResponse() {
    today(MONDAY);
    request = fileRequest(Map.of());
    today(ANSWERED);
  }

  @Test
  void hostileFigureValuesAreRefusedShortly() throws Exception {
    for (String number : HOSTILE_NUMBERS) {
      assertNothingStored(submitFigures("[" + figure("\"" + number + "\"", "[]") + "]"), number);
      assertNothingStored(submitFigures("[" + figure("1", "[{\"label\":\"2014\",\"value\":\"" + number + "\"}]") + "]"), number);
    }
  }

  @Test
  void hostileFigureNumberLiteralsAreRefusedShortly() throws Exception {
    for (String literal : List.of("1e999999999", "1e2000000", "-1e-999999999", "1E+2147483647", "1e-2147483648", "1" + "0".repeat(40), DIGITS_5000, "0." + DIGITS_5000, "NaN", "0x10", "1,000")) {
      assertNothingStored(submitFigures("[" + figure(literal, "[]") + "]"), literal);
      assertNothingStored(submitFigures("[" + figure("1", "[{\"label\":\"2014\",\"value\":" + literal + "}]") + "]"), literal);
    }
  }

  @Test
  void figuresOfTheWrongShapeAreRefusedShortly() throws Exception {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    for (String figuresJson :
        List.of("{}", "true", "5", "\"text\"", "[true]", "[[1]]", deep, "[" + figure(deep, "[]") + "]",
            "[" + figure("{\"n\":1}", "[]") + "]", "[" + figure("[1]", "[]") + "]", "[" + figure("false", "[]") + "]",
            "[" + figure("1", "{\"2014\":1}") + "]", "[" + figure("1", "[[1]]") + "]", "[" + figure("1", "true") + "]")) {
      assertNothingStored(submitFigures(figuresJson), figuresJson);
    }
  }

  @Test
  void manyBadFiguresGetOneShortAnswer() {
    String bad = figure("\"1e999999999\"", "[" + "{\"label\":\"x\",\"value\":\"1e999999999\"},".repeat(49) + "{}]");
    ResponseEntity<String> refused = submitFigures("[" + (bad + ",").repeat(199) + bad + "]");
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).hasSizeLessThan(2_000).contains("and 9990 more");
    assertThat(figures.find(new FigureQuery(null, null, null, null, request.getBusinessKey()))).isEmpty();
  }

  /** The same, sent as plain REST variables rather than a Json variable. */
  @Test
  void untypedFiguresAreRefusedShortly() throws Exception {
    for (String value : List.of("true", "1e999999999", "{\"a\":[1]}", "[" + figure("{}", "[]") + "]", "[" + figure("1e999999999", "[]") + "]")) {
      assertNothingStored(submit(untypedFigures(value)), value);
    }
  }

  /**
   * Camunda's REST API refuses a body nested beyond Jackson's limit itself, before FOI Flow sees
   * it, with a fixed text (Jackson's message, about 300 characters, or none) that shows none of
   * the body.
   */
  @Test
  void aBodyNestedBeyondJacksonsLimitIsRefusedByCamunda() {
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    ResponseEntity<String> refused = submit(untypedFigures(deep));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).hasSizeLessThan(400).doesNotContain("[[");
    assertThat(openTask(request).getTaskDefinitionKey()).isEqualTo("Task_RecordResponse");
  }

  private static String untypedFigures(String value) {
    return "{\"variables\":{\"response\":{\"value\":\"IN_FULL\"},\"responseDate\":{\"value\":\"" + ANSWERED
        + "\"},\"figures\":{\"value\":" + value + "}}}";
  }

  @Test
  void hostileFeeAmountsAreRefusedShortly() throws Exception {
    for (String amount : HOSTILE_NUMBERS) {
      if (amount.isBlank()) {
        continue; // an empty fee is allowed: the notice may not state one
      }
      ObjectNode variables = json.createObjectNode();
      FormsOverHttp.put(variables, "response", "FEES_NOTICE");
      FormsOverHttp.put(variables, "responseDate", ANSWERED.toString());
      FormsOverHttp.put(variables, "feeAmount", amount);
      assertNothingStored(submit(json.createObjectNode().set("variables", variables).toString()), amount);
    }
  }

  @Test
  void hostileQueryNumbersAreRefusedShortly() {
    TestRestTemplate admin = admin();
    for (String number : HOSTILE_NUMBERS) {
      for (String url :
          List.of("/api/requests/deadlines?firstResult={n}", "/api/requests/deadlines?maxResults={n}",
              "/api/deadlines?regime=UK_FOIA&received={n}", "/api/deadlines?regime={n}&received=2025-01-01",
              "/api/deadlines?regime=UK_FOIA&received=2025-01-01&feePaused={n}", "/api/figures?from={n}", "/api/figures.csv?to={n}")) {
        assertRefusedShortly(admin.getForEntity(url, String.class, number.isBlank() ? "x" : number), number);
      }
    }
  }

  private void assertNothingStored(ResponseEntity<String> response, String payload) {
    assertRefusedShortly(response, payload);
    assertThat(openTask(request).getTaskDefinitionKey()).isEqualTo("Task_RecordResponse");
    assertThat(figures.find(new FigureQuery(null, null, null, null, request.getBusinessKey()))).isEmpty();
  }

  private static String figure(String value, String breakdown) {
    return "{\"metric\":\"Tip-offs from MPs\",\"value\":" + value + ",\"unit\":\"tip-offs\","
        + "\"periodFrom\":\"2014-01-01\",\"periodTo\":\"2016-12-31\",\"breakdown\":" + breakdown + "}";
  }

  private ResponseEntity<String> submitFigures(String figuresJson) {
    ObjectNode variables = json.createObjectNode();
    FormsOverHttp.put(variables, "response", "IN_FULL");
    FormsOverHttp.put(variables, "responseDate", ANSWERED.toString());
    variables.putObject("figures").put("type", "Json").put("value", figuresJson);
    return submit(json.createObjectNode().set("variables", variables).toString());
  }

  private ResponseEntity<String> submit(String body) {
    return new FormsOverHttp(http, json).submitTask(openTask(request).getId(), body);
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth(EngineApi.ADMIN, EngineApi.ADMIN_PASSWORD);
  }
}
