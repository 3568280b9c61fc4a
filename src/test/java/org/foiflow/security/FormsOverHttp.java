package org.foiflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * Camunda Forms submitted as a script would, through /engine-rest/.../submit-form, as admin,
 * with variables of any content (long, hostile) built as JSON rather than written into a template.
 */
final class FormsOverHttp {

  private final EngineApi engine;
  private final ObjectMapper json;

  FormsOverHttp(TestRestTemplate http, ObjectMapper json) {
    this.engine = new EngineApi(http, null); // only its send(): no task lookups
    this.json = json;
  }

  /** A valid "File an FOI request" form, emailed to the Home Office; change what a test needs. */
  ObjectNode requestForm(String subject, LocalDate sent) {
    ObjectNode variables = json.createObjectNode();
    put(variables, "authorityName", "Home Office");
    put(variables, "authorityEmail", "foirequests@homeoffice.gov.uk");
    put(variables, "regime", "UK_FOIA");
    put(variables, "subject", subject);
    put(variables, "requestText", "How many tip-offs did MPs pass to immigration enforcement?");
    put(variables, "sentDate", sent.toString());
    put(variables, "sendBy", "EMAIL");
    put(variables, "requesterName", "Alice Reporter");
    put(variables, "requesterEmail", "alice@example.org");
    return variables;
  }

  /** Sets a String variable as REST clients send it: {"value": ...}. */
  static ObjectNode put(ObjectNode variables, String name, String value) {
    variables.putObject(name).put("value", value);
    return variables;
  }

  ResponseEntity<String> file(ObjectNode variables) {
    return post("/engine-rest/process-definition/key/foi-request/submit-form", variables);
  }

  ResponseEntity<String> submitTask(String taskId, ObjectNode variables) {
    return post("/engine-rest/task/" + taskId + "/submit-form", variables);
  }

  /** A raw body, for JSON the object model cannot build (nesting beyond Jackson's limit). */
  ResponseEntity<String> submitTask(String taskId, String body) {
    return engine.send(EngineApi.ADMIN, HttpMethod.POST, "/engine-rest/task/" + taskId + "/submit-form", body);
  }

  /** The id of the process instance a successful filing started. */
  String startedId(ResponseEntity<String> filed) {
    try {
      return json.readTree(filed.getBody()).get("id").asText();
    } catch (Exception e) {
      throw new AssertionError(filed.getStatusCode() + " " + filed.getBody(), e);
    }
  }

  private ResponseEntity<String> post(String url, ObjectNode variables) {
    return engine.send(EngineApi.ADMIN, HttpMethod.POST, url, json.createObjectNode().set("variables", variables).toString());
  }
}
