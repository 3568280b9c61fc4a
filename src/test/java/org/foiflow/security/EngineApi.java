package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The engine REST API as the test users call it: HTTP Basic, JSON bodies. */
record EngineApi(TestRestTemplate http, TaskService taskService) {

  static final String ADMIN = "admin";
  static final String ADMIN_PASSWORD = "Test-Owner-Secret-1";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A request filed by {@code requester} through submit-form, with its first task. */
  record Filed(String instanceId, String reference, String taskId, String authority) {}

  static String fileBody(String authority) {
    return """
        {"variables": {
          "authorityName": {"value": "%s"}, "authorityEmail": {"value": "foi@council.example"},
          "regime": {"value": "UK_FOIA"}, "subject": {"value": "Potholes"},
          "requestText": {"value": "How many potholes?"}, "sendBy": {"value": "ELSEWHERE"},
          "requesterName": {"value": "Requester"}, "requesterEmail": {"value": "r@example.org"}}}"""
        .formatted(authority);
  }

  Filed file(String requester) throws Exception {
    String authority = "Doors Test Council " + UUID.randomUUID();
    ResponseEntity<String> filed =
        send(requester, HttpMethod.POST, "/engine-rest/process-definition/key/foi-request/submit-form", fileBody(authority));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode started = JSON.readTree(filed.getBody());
    String instanceId = started.get("id").asText();
    String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    return new Filed(instanceId, started.get("businessKey").asText(), taskId, authority);
  }

  ResponseEntity<String> send(String user, HttpMethod method, String path, String jsonBody) {
    return send(user, method, path, jsonBody, new HttpHeaders());
  }

  ResponseEntity<String> send(String user, HttpMethod method, String path, String jsonBody, HttpHeaders headers) {
    if (jsonBody != null) {
      headers.setContentType(MediaType.APPLICATION_JSON);
    }
    return as(user).exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
  }

  TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user.equals(ADMIN) ? ADMIN_PASSWORD : Requesters.PASSWORD);
  }
}
