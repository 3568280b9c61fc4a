package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Figures recorded with the response, through the Java form API and through /engine-rest. */
class FiguresProcessTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final LocalDate ANSWERED = LocalDate.of(2025, 3, 20);
  static final String TIP_OFFS =
      "[{\"metric\":\"Tip-offs from MPs to immigration enforcement\",\"value\":482,\"unit\":\"tip-offs\","
          + "\"periodFrom\":\"2014-01-01\",\"periodTo\":\"2016-12-31\","
          + "\"breakdown\":[{\"label\":\"2014\",\"value\":151},{\"label\":\"2015\",\"value\":162.5}],"
          + "\"sourceDocument\":\"Response letter\",\"sourcePage\":\"2\",\"notes\":\"Counted by date received\"}]";

  @Autowired FigureStore store;
  @Autowired TestRestTemplate http;

  private List<Figure> figuresOf(ProcessInstance request) {
    return store.find(new FigureQuery(null, null, null, null, request.getBusinessKey()));
  }

  private ProcessInstance answeredInFullWith(String figuresJson) {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    today(ANSWERED);
    submitTask(request, "Task_RecordResponse", Map.of(
        "response", "IN_FULL", "responseDate", ANSWERED.toString(),
        "figures", SpinValues.jsonValue(figuresJson).create()));
    return request;
  }

  @Test
  void storesTheFiguresOfAResponseLinkedToTheRequestAndAuthority() {
    ProcessInstance request = answeredInFullWith(TIP_OFFS);

    assertThat(request).isEnded().hasPassed("Task_StoreFigures", "End_DisclosedInFull");
    assertThat(figuresOf(request)).containsExactly(
        new Figure(request.getBusinessKey(), "Home Office", "Tip-offs from MPs to immigration enforcement",
            new BigDecimal("482"), "tip-offs", LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31),
            List.of(new Figure.Breakdown("2014", new BigDecimal("151")), new Figure.Breakdown("2015", new BigDecimal("162.5"))),
            "Response letter", "2", "Counted by date received", ANSWERED));
  }

  @Test
  void aResponseWithoutFiguresStoresNone() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    submitTask(request, "Task_RecordResponse", Map.of(
        "response", "REFUSED", "responseDate", MONDAY.toString(), "exemptionsCited", "s.31",
        "figures", SpinValues.jsonValue("[{\"metric\":\"\",\"breakdown\":[{\"label\":\"\"}]}]").create()));

    assertThat(request).hasPassed("Task_StoreFigures").isWaitingAt("Task_DecideReview");
    assertThat(figuresOf(request)).isEmpty();
  }

  @Test
  void badFiguresAreRejectedBeforeAnythingIsStored() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String bad = "[" + TIP_OFFS.substring(1, TIP_OFFS.length() - 1) + ","
        + "{\"metric\":\"Tip-offs\",\"value\":\"lots\",\"periodFrom\":\"2016-01-01\",\"periodTo\":\"2015-12-31\"}]";

    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of(
            "response", "IN_FULL", "responseDate", MONDAY.toString(), "figures", SpinValues.jsonValue(bad).create())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("figures[2].value: Figure 2: value 'lots' is not a number")
        .hasMessageContaining("figures[2].unit: Figure 2: unit is required")
        .hasMessageContaining("figures[2].periodTo: Figure 2: the period ends before it starts");

    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(figuresOf(request)).isEmpty();
  }

  @Test
  void theFormOffersTheMetricsAlreadyUsed() throws Exception {
    answeredInFullWith(TIP_OFFS);
    today(MONDAY);
    ProcessInstance next = fileRequest(Map.of());

    Object offered = taskService.getVariableLocal(openTask(next).getId(), OfferKnownMetrics.VARIABLE);

    String metric = "Tip-offs from MPs to immigration enforcement";
    assertThat(new ObjectMapper().readValue(offered.toString(), List.class)).contains(Map.of("label", metric, "value", metric));
  }

  @Test
  void restSubmitFormTakesFiguresAsAJsonVariableAndRejectsBadOnesWith400() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String taskId = openTask(request).getId();
    TestRestTemplate admin = http.withBasicAuth("admin", "Test-Owner-Secret-1");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);

    String badFigures = TIP_OFFS.replace("\"unit\":\"tip-offs\",", "").replace("482", "\"482 tip-offs\"");
    ResponseEntity<String> rejected = admin.postForEntity(
        "/engine-rest/task/{id}/submit-form", new HttpEntity<>(submission(badFigures), headers), String.class, taskId);
    assertThat(rejected.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rejected.getBody()).contains("value '482 tip-offs' is not a number").contains("unit is required")
        .doesNotContain("Cannot submit task form");
    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(figuresOf(request)).isEmpty();

    ResponseEntity<String> accepted = admin.postForEntity(
        "/engine-rest/task/{id}/submit-form", new HttpEntity<>(submission(TIP_OFFS), headers), String.class, taskId);
    assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(request).isEnded();
    assertThat(figuresOf(request)).singleElement().satisfies(figure -> {
      assertThat(figure.value()).isEqualByComparingTo("482");
      assertThat(figure.breakdown()).hasSize(2);
    });
  }

  private static String submission(String figures) {
    return "{\"variables\":{"
        + "\"response\":{\"value\":\"IN_FULL\"},"
        + "\"responseDate\":{\"value\":\"" + MONDAY + "\"},"
        + "\"figures\":{\"type\":\"Json\",\"value\":" + quoted(figures) + "}}}";
  }

  private static String quoted(String json) {
    return "\"" + json.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
