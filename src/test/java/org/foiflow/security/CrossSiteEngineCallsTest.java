package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * A page on another site posts to the engine with the administrator's credentials (a browser that
 * once kept them sends them on its own): refused. The engine never asks the browser to keep Basic
 * credentials, and a diagram with a script cannot be deployed to run code in the server.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossSiteEngineCallsTest {

  static final String SCRIPTED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
          targetNamespace="http://example.org/evil">
        <process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
          <startEvent id="start" />
          <sequenceFlow id="f1" sourceRef="start" targetRef="run" />
          <scriptTask id="run" scriptFormat="juel"><script>${execution.setVariable('ran', true)}</script></scriptTask>
          <sequenceFlow id="f2" sourceRef="run" targetRef="end" />
          <endEvent id="end" />
        </process>
      </definitions>
      """;

  @Autowired TestRestTemplate http;
  @Autowired TaskService taskService;
  @Autowired RepositoryService repositoryService;
  @Autowired HistoryService historyService;

  @Test
  void aCrossSiteDeploymentWithTheAdministratorsCredentialsIsRefused() {
    for (HttpHeaders crossSite : List.of(headers("Sec-Fetch-Site", "cross-site"), headers("Sec-Fetch-Site", "same-site"),
        headers("Origin", "https://evil.example"), headers("Origin", "null"))) {
      ResponseEntity<String> refused = deploy("cross-site-probe", crossSite);
      assertThat(refused.getStatusCode()).as(crossSite.toString()).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    }
    assertThat(repositoryService.createDeploymentQuery().deploymentName("cross-site-probe").count()).isZero();
  }

  @Test
  void everyStateChangingEngineCallFromAnotherSiteIsRefusedOnBothApis() {
    EngineApi api = new EngineApi(http, taskService);
    for (String path : List.of("/engine-rest/message", "/engine-rest/process-definition/key/foi-request/submit-form",
        "/camunda/api/engine/engine/default/message", "/camunda/api/admin/auth/user/default/login/tasklist")) {
      ResponseEntity<String> refused = api.send(EngineApi.ADMIN, HttpMethod.POST, path, "{}", headers("Sec-Fetch-Site", "cross-site"));
      assertThat(refused.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
    }
    // Reading is no forgery risk, and a script (no browser headers) still works.
    assertThat(api.send(EngineApi.ADMIN, HttpMethod.GET, "/engine-rest/process-definition", null, headers("Sec-Fetch-Site", "cross-site"))
        .getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(api.send(EngineApi.ADMIN, HttpMethod.POST, "/engine-rest/task/count", "{}").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void theEngineNeverAsksTheBrowserForBasicCredentials() {
    for (String path : List.of("/engine-rest/task", "/engine-rest/engine", "/engine-rest/process-definition/key/foi-request/submit-form")) {
      ResponseEntity<String> anonymous = http.getForEntity(path, String.class);
      assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertThat(anonymous.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).as(path).isNull();
      assertThat(anonymous.getBody()).contains("\"message\"");
    }
    // Not a real user's: a wrong password delays that user's next login (engine throttling).
    assertThat(http.withBasicAuth("nobody-at-all", "wrong").getForEntity("/engine-rest/task", String.class)
        .getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
  }

  @Test
  void aDiagramWithAScriptIsNotDeployedAndItsScriptNeverRuns() {
    ResponseEntity<String> refused = deploy("script-probe", new HttpHeaders());
    assertThat(refused.getStatusCode().is2xxSuccessful()).as(refused.getBody()).isFalse();
    assertThat(refused.getStatusCode().is5xxServerError()).as(refused.getBody()).isFalse();
    assertThat(refused.getBody()).contains("Scripts are turned off");
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("script-probe").count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().variableName("ran").count()).isZero();
  }

  private ResponseEntity<String> deploy(String key, HttpHeaders headers) {
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    var form = new LinkedMultiValueMap<String, Object>();
    form.add("deployment-name", key);
    form.add("data", new ByteArrayResource(SCRIPTED.formatted(key).getBytes()) {
      @Override
      public String getFilename() {
        return key + ".bpmn";
      }
    });
    return http.withBasicAuth(EngineApi.ADMIN, EngineApi.ADMIN_PASSWORD)
        .exchange("/engine-rest/deployment/create", HttpMethod.POST, new HttpEntity<>(form, headers), String.class);
  }

  private static HttpHeaders headers(String name, String value) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(name, value);
    return headers;
  }
}
