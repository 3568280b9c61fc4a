package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Statistics count every open request and incident: requesters get none of them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CountsTest {

  static final List<String> STATISTICS = List.of(
      "/engine-rest/process-definition/statistics?incidents=true",
      "/engine-rest/process-definition/key/foi-request/statistics",
      "/engine-rest/engine/default/process-definition/statistics",
      "/engine-rest/deployment/statistics",
      "/engine-rest/history/process-definition/foi-request/statistics",
      "/engine-rest/metrics/activity-instance-start/sum");

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;

  EngineApi api;

  @BeforeEach
  void aRequestIsOpen() throws Exception {
    Requesters.ensure(identityService);
    api = new EngineApi(http, taskService);
    api.file(Requesters.B);
  }

  @Test
  void aRequesterGetsNoStatisticsFromTheEngineApi() {
    for (String path : STATISTICS) {
      ResponseEntity<String> refused = api.as(Requesters.A).getForEntity(path, String.class);
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    ResponseEntity<String> editors = api.as(Requesters.EDITOR).getForEntity(STATISTICS.get(0), String.class);
    assertThat(editors.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(editors.getBody()).contains("foi-request");
  }

  @Test
  void aRequestersTasklistSessionGetsNothingFromCockpitsApi() {
    ResponseEntity<String> login = WebappSession.login(http, "tasklist", Requesters.A, Requesters.PASSWORD);
    HttpHeaders session = new HttpHeaders();
    session.add(HttpHeaders.COOKIE, WebappSession.sessionCookie(login));
    for (String path : List.of(
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics-count",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/cockpit/plugin/base/default/incident/count",
        "/camunda/api/engine/engine/default/process-definition/statistics")) {
      ResponseEntity<String> refused = http.exchange(path, HttpMethod.GET, new HttpEntity<>(session), String.class);
      assertThat(refused.getStatusCode()).as(path + ": " + refused.getBody()).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // The same session still reads its own tasks.
    assertThat(http.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET, new HttpEntity<>(session), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
