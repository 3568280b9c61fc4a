package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Walks every endpoint of Camunda's engine REST API (its published openapi.json, so a new
 * endpoint in an upgrade is walked too) as requester A: once with requester B's ids, once with
 * A's own ids, each time with a body that tries to set variables the process owns. Nothing of
 * B's may come back, nothing may change in either request, and nothing may answer 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineRestWalkTest {

  private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
  /** Variables the process owns: none may be written by a requester through any endpoint. */
  private static final List<String> OWNED =
      List.of("reference", "initiator", "authorityName", "statutoryDueDate", "status", "outcome", "requesterEmail");

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;

  record Endpoint(String method, String path) {}

  @Test
  void noEndpointLetsARequesterReachAnotherRequestOrChangeWhatTheProcessOwns() throws Exception {
    Requesters.ensure(identityService);
    EngineApi api = new EngineApi(http, taskService);
    EngineApi.Filed own = api.file(Requesters.A);
    EngineApi.Filed others = api.file(Requesters.B);
    Map<String, Object> ownBefore = runtimeService.getVariables(own.instanceId());
    Map<String, Object> othersBefore = runtimeService.getVariables(others.instanceId());
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).hasSizeGreaterThan(300);

    List<String> failures = new ArrayList<>();
    for (EngineApi.Filed target : List.of(others, own)) {
      String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).singleResult().getProcessDefinitionId();
      for (Endpoint endpoint : endpoints) {
        String path = "/engine-rest" + fill(endpoint.path(), target, definitionId);
        HttpMethod method = HttpMethod.valueOf(endpoint.method());
        boolean changes = !(method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS);
        ResponseEntity<String> answer = api.send(Requesters.A, method, path, changes ? hostileBody(target, others) : null);
        String body = answer.getBody() == null ? "" : answer.getBody();
        String call = endpoint.method() + " " + path + " -> " + answer.getStatusCode().value();
        if (answer.getStatusCode().is5xxServerError()) {
          failures.add(call + " (server error) " + body.substring(0, Math.min(200, body.length())));
        }
        if (answer.getStatusCode().is2xxSuccessful() && (body.contains(others.authority()) || body.contains(others.reference()))) {
          failures.add(call + " showed requester B's request");
        }
      }
    }
    assertThat(failures).isEmpty();

    for (EngineApi.Filed target : List.of(own, others)) {
      Map<String, Object> before = target == own ? ownBefore : othersBefore;
      Map<String, Object> after = runtimeService.getVariables(target.instanceId());
      for (String name : OWNED) {
        assertThat(after.get(name)).as(target.reference() + " " + name).isEqualTo(before.get(name));
      }
      Task task = taskService.createTaskQuery().taskId(target.taskId()).singleResult();
      assertThat(task).as("task of " + target.reference() + " still open").isNotNull();
      assertThat(task.getAssignee()).isEqualTo(target == own ? Requesters.A : Requesters.B);
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(target.instanceId()).singleResult().isSuspended()).isFalse();
    }
  }

  /** Every method and path of the engine REST API, as Camunda publishes it. */
  private static List<Endpoint> endpoints() throws Exception {
    try (InputStream in = EngineRestWalkTest.class.getResourceAsStream("/openapi.json")) {
      JsonNode paths = new ObjectMapper().readTree(in).get("paths");
      List<Endpoint> endpoints = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> path = it.next();
        path.getValue().fieldNames().forEachRemaining(method -> endpoints.add(new Endpoint(method.toUpperCase(), path.getKey())));
      }
      return endpoints;
    }
  }

  /** Puts the target request's ids where the path names an id, and owned names where it names a variable. */
  private static String fill(String template, EngineApi.Filed target, String definitionId) {
    Matcher parameter = PARAMETER.matcher(template);
    StringBuilder filled = new StringBuilder();
    while (parameter.find()) {
      String before = template.substring(0, parameter.start());
      String name = parameter.group(1);
      String value;
      if (name.equals("key")) {
        value = "foi-request";
      } else if (name.toLowerCase().contains("name") && !name.equals("messageName")) {
        value = "reference"; // a variable's name
      } else if (name.equals("messageName")) {
        value = "foi-withdraw";
      } else if (before.startsWith("/task")) {
        value = target.taskId();
      } else if (before.startsWith("/process-definition") || before.startsWith("/history/process-definition")) {
        value = definitionId;
      } else if (before.startsWith("/user")) {
        value = Requesters.B;
      } else if (before.startsWith("/group")) {
        value = FoiGroups.REQUESTERS;
      } else {
        value = target.instanceId();
      }
      parameter.appendReplacement(filled, Matcher.quoteReplacement(value));
    }
    parameter.appendTail(filled);
    return filled.toString();
  }

  /** One body for every endpoint: the fields Camunda's variable-setting calls read, all set. */
  private static String hostileBody(EngineApi.Filed target, EngineApi.Filed others) {
    StringBuilder variables = new StringBuilder("{");
    for (String name : OWNED) {
      variables.append(variables.length() > 1 ? ", " : "").append("\"").append(name).append("\": {\"value\": \"PLANTED\", \"type\": \"String\"}");
    }
    variables.append("}");
    return """
        {"variables": %1$s, "modifications": %1$s, "processVariables": %1$s, "processVariablesLocal": %1$s,
         "value": "PLANTED", "type": "String", "messageName": "foi-withdraw", "businessKey": "%2$s",
         "processInstanceId": "%3$s", "userId": "%4$s", "suspended": true, "retries": 0,
         "instructions": [{"type": "cancel", "activityId": "Task_RecordResponse"}]}"""
        .formatted(variables, others.reference(), target.instanceId(), Requesters.A);
  }
}
