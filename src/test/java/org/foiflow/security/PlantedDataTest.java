package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.foiflow.figures.FigureQuery;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A requester tries to plant data in another requester's request, or to change what the process
 * owns in their own: through the form of their own task, the variables endpoints, and at filing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PlantedDataTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired FigureStore figures;

  EngineApi api;
  EngineApi.Filed own;
  EngineApi.Filed victims;

  @BeforeEach
  void twoRequestersFile() throws Exception {
    Requesters.ensure(identityService);
    api = new EngineApi(http, taskService);
    own = api.file(Requesters.A);
    victims = api.file(Requesters.B);
  }

  @Test
  void theOwnResponseFormCannotCarryAnotherRequestsReferenceOrAnInventedAuthority() {
    for (String planted : List.of(
        "\"reference\": {\"value\": \"" + victims.reference() + "\"}",
        "\"authorityName\": {\"value\": \"Invented Authority\"}",
        "\"statutoryDueDate\": {\"value\": \"2099-01-01\"}",
        "\"outcome\": {\"value\": \"DISCLOSED_IN_FULL\"}",
        "\"initiator\": {\"value\": \"" + Requesters.B + "\"}")) {
      String body = "{\"variables\": {\"response\": {\"value\": \"IN_FULL\"}, \"responseDate\": {\"value\": \""
          + LocalDate.now() + "\"}, " + planted + ", \"figures\": {\"type\": \"Json\", \"value\": \"[{\\\"metric\\\": \\\"Planted\\\", "
          + "\\\"value\\\": 482, \\\"unit\\\": \\\"tip-offs\\\", \\\"periodFrom\\\": \\\"2014-01-01\\\", \\\"periodTo\\\": \\\"2016-12-31\\\"}]\"}}}";
      ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, "/engine-rest/task/" + own.taskId() + "/submit-form", body);
      String name = planted.substring(1, planted.indexOf('"', 1));
      assertThat(refused.getStatusCode()).as(planted).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).as(planted).contains(name);
      assertThat(taskService.createTaskQuery().taskId(own.taskId()).count()).as("task still open").isOne();
    }
    assertThat(figures.find(new FigureQuery(null, null, null, null, victims.reference()))).isEmpty();
    assertThat(runtimeService.getVariable(own.instanceId(), "reference")).isEqualTo(own.reference());
  }

  @Test
  void figuresRecordedWithTheOwnResponseBelongToTheOwnRequest() {
    String body = "{\"variables\": {\"response\": {\"value\": \"IN_FULL\"}, \"responseDate\": {\"value\": \""
        + LocalDate.now() + "\"}, \"figures\": {\"type\": \"Json\", \"value\": \"[{\\\"metric\\\": \\\"Own figure\\\", "
        + "\\\"value\\\": 7, \\\"unit\\\": \\\"potholes\\\", \\\"periodFrom\\\": \\\"2025-01-01\\\", \\\"periodTo\\\": \\\"2025-12-31\\\"}]\"}}}";
    ResponseEntity<String> recorded = api.send(Requesters.A, HttpMethod.POST, "/engine-rest/task/" + own.taskId() + "/submit-form", body);
    assertThat(recorded.getStatusCode()).as(recorded.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(figures.find(new FigureQuery(null, null, null, null, own.reference())))
        .singleElement()
        .satisfies(figure -> assertThat(figure.authority()).isEqualTo(own.authority()));
  }

  @Test
  void theVariablesEndpointsRefuseEveryWriteByARequester() {
    String reference = "{\"value\": \"" + victims.reference() + "\", \"type\": \"String\"}";
    List<ResponseEntity<String>> writes = List.of(
        api.send(Requesters.A, HttpMethod.PUT, "/engine-rest/task/" + own.taskId() + "/variables/reference", reference),
        api.send(Requesters.A, HttpMethod.PUT, "/engine-rest/task/" + own.taskId() + "/localVariables/reference", reference),
        api.send(Requesters.A, HttpMethod.POST, "/engine-rest/task/" + own.taskId() + "/variables", "{\"modifications\": {\"reference\": " + reference + "}}"),
        api.send(Requesters.A, HttpMethod.PUT, "/engine-rest/process-instance/" + own.instanceId() + "/variables/reference", reference),
        api.send(Requesters.A, HttpMethod.POST, "/engine-rest/process-instance/" + own.instanceId() + "/variables", "{\"modifications\": {\"reference\": " + reference + "}}"),
        api.send(Requesters.A, HttpMethod.DELETE, "/engine-rest/task/" + own.taskId() + "/variables/reference", null),
        api.send(Requesters.A, HttpMethod.PUT, "/engine-rest/engine/default/task/" + own.taskId() + "/variables/reference", reference));
    for (ResponseEntity<String> write : writes) {
      assertThat(write.getStatusCode()).as(write.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(write.getBody()).contains("administrators");
    }
    assertThat(runtimeService.getVariable(own.instanceId(), "reference")).isEqualTo(own.reference());
  }

  @Test
  void aSubmittedInitiatorDoesNotFileInAnotherUsersName() {
    String body = EngineApi.fileBody("Initiator Test Council").replace("\"subject\"", "\"initiator\": {\"value\": \"" + Requesters.B + "\"}, \"subject\"");
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request").count();
    ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, "/engine-rest/process-definition/key/foi-request/submit-form", body);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("initiator");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request").count()).isEqualTo(before);
    assertThat(runtimeService.getVariable(own.instanceId(), "initiator")).isEqualTo(Requesters.A);
  }
}
