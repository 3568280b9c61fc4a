package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every door that starts a request or completes a task runs the forms' rules or is closed to
 * requesters; no body, however malformed, gets a 500; a refused filing takes no reference.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UncheckedDoorsTest {

  static final String SUBMIT_FORM = "/engine-rest/process-definition/key/foi-request/submit-form";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired JdbcTemplate jdbc;

  EngineApi api;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
    api = new EngineApi(http, taskService);
  }

  @Test
  void doorsWithoutTheFormsRulesAreClosedToRequestersAndEditors() throws Exception {
    EngineApi.Filed own = api.file(Requesters.A);
    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(own.instanceId()).singleResult().getProcessDefinitionId();
    String noResponseYet = "{\"variables\": {\"response\": {\"value\": \"NO_RESPONSE\"}}}";
    List<String[]> doors = List.of(
        new String[] {"POST", "/engine-rest/process-definition/key/foi-request/start", EngineApi.fileBody("Start Council")},
        new String[] {"POST", "/engine-rest/process-definition/" + definitionId + "/start", EngineApi.fileBody("Start Council")},
        new String[] {"POST", "/engine-rest/task/" + own.taskId() + "/complete", noResponseYet},
        new String[] {"POST", "/engine-rest/task/" + own.taskId() + "/complete", "{}"},
        new String[] {"POST", "/engine-rest/task/" + own.taskId() + "/resolve", "{}"},
        new String[] {"POST", "/engine-rest/process-instance/" + own.instanceId() + "/modification",
            "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_RecordResponse\"}]}"},
        new String[] {"POST", "/engine-rest/signal", "{\"name\": \"anything\"}"},
        new String[] {"POST", "/engine-rest/condition", "{\"variables\": {}}"},
        new String[] {"POST", "/engine-rest/message", "{\"messageName\": \"foi-withdraw\", \"businessKey\": \"x\", \"processVariables\": {\"a\": {\"value\": 1}}}"},
        new String[] {"PUT", "/engine-rest/process-instance/" + own.instanceId() + "/suspended", "{\"suspended\": true}"},
        new String[] {"DELETE", "/engine-rest/process-instance/" + own.instanceId(), null},
        new String[] {"POST", "/engine-rest/task/" + own.taskId() + "/assignee", "{\"userId\": \"" + Requesters.B + "\"}"},
        new String[] {"POST", "/engine-rest/process-definition/key/send-email/submit-form", "{\"variables\": {}}"});
    for (String user : List.of(Requesters.A, Requesters.EDITOR)) {
      for (String[] door : doors) {
        if (user.equals(Requesters.EDITOR) && door[1].endsWith("/assignee")) {
          continue; // editors may hand a task on
        }
        ResponseEntity<String> answer = api.send(user, HttpMethod.valueOf(door[0]), door[1], door[2]);
        boolean messageWithVariables = door[1].endsWith("/message");
        assertThat(answer.getStatusCode()).as(user + " " + door[0] + " " + door[1] + ": " + answer.getBody())
            .isEqualTo(messageWithVariables ? HttpStatus.BAD_REQUEST : HttpStatus.FORBIDDEN);
      }
    }
    assertThat(taskService.createTaskQuery().taskId(own.taskId()).singleResult().getAssignee()).isEqualTo(Requesters.A);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own.instanceId()).singleResult().isSuspended()).isFalse();
  }

  @Test
  void theFormDoorRefusesWhatTheFormWouldWith400AndTakesNoReference() {
    int year = LocalDate.now().getYear();
    long before = runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request").count();
    List<String> bad = List.of(
        EngineApi.fileBody("Council").replace("\"ELSEWHERE\"}", "\"ELSEWHERE\"}, \"sentDate\": {\"value\": \"2099-01-01\"}"),
        EngineApi.fileBody("Council").replace("\"ELSEWHERE\"}", "\"ELSEWHERE\"}, \"sentDate\": {\"value\": \"1900-01-01\"}"),
        EngineApi.fileBody("Council").replace("\"ELSEWHERE\"}", "\"ELSEWHERE\"}, \"sentDate\": {\"value\": \"2024-02-30\"}"),
        EngineApi.fileBody("Council").replace("\"UK_FOIA\"", "\"MARS_FOIA\""),
        EngineApi.fileBody("Council").replace("r@example.org", "not an address"),
        EngineApi.fileBody("Council").replace("\"foi@council.example\"", "\"\"").replace("ELSEWHERE", "EMAIL"),
        "{\"variables\": {}}",
        "{}");
    int next = nextReference(year);
    for (String body : bad) {
      ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, SUBMIT_FORM, body);
      assertThat(refused.getStatusCode()).as(body + " -> " + refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request").count()).isEqualTo(before);
    assertThat(nextReference(year)).as("no reference taken").isEqualTo(next);
  }

  @Test
  void noMalformedBodyGetsA500() throws Exception {
    EngineApi.Filed own = api.file(Requesters.A);
    String deep = "[".repeat(5_000) + "]".repeat(5_000);
    List<String> bodies = List.of(
        "{", "not json at all", "{\"variables\": NaN}", "{\"variables\": {\"response\": {\"value\": NaN}}}",
        "{\"variables\": {\"response\": " + deep + "}}", deep, "{\"variables\": []}", "{\"variables\": \"text\"}",
        "{\"variables\": {\"response\": \"IN_FULL\"}}",
        "{\"variables\": {\"response\": {\"value\": {\"nested\": true}}}}",
        "{\"variables\": {\"response\": {\"value\": [1, 2]}}}",
        "{\"variables\": {\"response\": {\"value\": \"IN_FULL\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": \"java.util.ArrayList\"}}}}",
        "{\"variables\": {\"response\": {\"value\": \"IN_FULL\", \"type\": \"Integer\"}}}",
        "{\"variables\": {\"response\": {\"value\": 1e999999999}}}",
        "{\"variables\": {\"figures\": {\"value\": \"[{\\\"value\\\": \\\"not a number\\\"}]\", \"type\": \"Json\"}, \"response\": {\"value\": \"IN_FULL\"}, \"responseDate\": {\"value\": \"" + LocalDate.now() + "\"}}}",
        "{\"variables\": {\"\": {\"value\": 1}}}",
        "{\"variables\": {\"" + "v".repeat(5_000) + "\": {\"value\": 1}}}",
        "{\"variables\": {\"response\": {\"value\": \"NO_RESPONSE\"}}}",
        "",
        "{}");
    for (String path : List.of("/engine-rest/task/" + own.taskId() + "/submit-form", SUBMIT_FORM)) {
      for (String user : List.of(Requesters.A, EngineApi.ADMIN)) {
        for (String body : bodies) {
          ResponseEntity<String> answer = api.send(user, HttpMethod.POST, path, body);
          assertThat(answer.getStatusCode().is5xxServerError()).as(user + " " + path + " " + abbreviated(body) + " -> " + answer.getBody()).isFalse();
          assertThat(answer.getStatusCode().is2xxSuccessful()).as(user + " " + path + " " + abbreviated(body)).isFalse();
          assertThat(answer.getBody() == null ? "" : answer.getBody()).as(abbreviated(body)).hasSizeLessThan(1_000);
        }
      }
    }
    assertThat(taskService.createTaskQuery().taskId(own.taskId()).count()).isOne();
  }

  @Test
  void aBodyOverTheLimitIsRefusedWith413() throws Exception {
    EngineApi.Filed own = api.file(Requesters.A);
    String huge = "{\"variables\": {\"responseNotes\": {\"value\": \"" + "x".repeat(2_000_000) + "\"}}}";
    ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, "/engine-rest/task/" + own.taskId() + "/submit-form", huge);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(taskService.createTaskQuery().taskId(own.taskId()).count()).isOne();
  }

  /** The year's last reference number handed out, or 0. */
  private int nextReference(int year) {
    return jdbc.queryForList("SELECT last_number FROM request_reference WHERE reference_year = ?", Integer.class, year)
        .stream().findFirst().orElse(0);
  }

  private static String abbreviated(String body) {
    return body.length() > 120 ? body.substring(0, 120) + "..." : body;
  }
}
