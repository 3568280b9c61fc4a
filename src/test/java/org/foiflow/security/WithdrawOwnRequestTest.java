package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.HistoryService;
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

/** The README's withdrawal: a requester withdraws their own request, and only theirs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WithdrawOwnRequestTest {

  static final String MESSAGE = "/engine-rest/message";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;

  EngineApi api;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
    api = new EngineApi(http, taskService);
  }

  @Test
  void aRequesterWithdrawsTheirOwnRequestByTheDocumentedMessage() throws Exception {
    EngineApi.Filed own = api.file(Requesters.A);
    ResponseEntity<String> withdrawn = api.send(Requesters.A, HttpMethod.POST, MESSAGE, withdraw(own.reference()));
    assertThat(withdrawn.getStatusCode()).as(withdrawn.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own.instanceId()).count()).isZero();
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(own.instanceId()).variableName("outcome")
        .singleResult().getValue()).isEqualTo("WITHDRAWN");
  }

  @Test
  void aRequesterCannotWithdrawAnotherRequestersRequestNorTellItExists() throws Exception {
    EngineApi.Filed others = api.file(Requesters.B);
    ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, MESSAGE, withdraw(others.reference()));
    ResponseEntity<String> unknown = api.send(Requesters.A, HttpMethod.POST, MESSAGE, withdraw("FOI-1999-0001"));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).isEqualTo(unknown.getBody().replace("FOI-1999-0001", others.reference()));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(others.instanceId()).count()).isOne();
  }

  @Test
  void aRequesterMaySendNoOtherMessageAndNoVariables() throws Exception {
    EngineApi.Filed own = api.file(Requesters.A);
    for (String body : new String[] {
        "{\"messageName\": \"foi-something-else\", \"businessKey\": \"" + own.reference() + "\"}",
        "{\"messageName\": \"foi-withdraw\", \"businessKey\": \"" + own.reference() + "\", \"processVariables\": {\"outcome\": {\"value\": \"DISCLOSED_IN_FULL\"}}}",
        "{\"messageName\": \"foi-withdraw\", \"processInstanceId\": \"" + own.instanceId() + "\"}",
        "{\"messageName\": \"foi-withdraw\", \"businessKey\": \"" + own.reference() + "\", \"all\": true}",
        "{\"messageName\": \"foi-withdraw\"}",
        "{\"messageName\": \"foi-withdraw\", \"businessKey\": {\"nested\": 1}}",
        "not json"}) {
      ResponseEntity<String> refused = api.send(Requesters.A, HttpMethod.POST, MESSAGE, body);
      assertThat(refused.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody()).as(body).hasSizeLessThan(300);
    }
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(own.instanceId()).count()).isOne();
  }

  @Test
  void anEditorWithdrawsAnyRequestAndAnAdministratorUsesTheEngineAsIs() throws Exception {
    EngineApi.Filed first = api.file(Requesters.A);
    EngineApi.Filed second = api.file(Requesters.B);
    assertThat(api.send(Requesters.EDITOR, HttpMethod.POST, MESSAGE, withdraw(first.reference())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(api.send(EngineApi.ADMIN, HttpMethod.POST, MESSAGE, withdraw(second.reference())).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(java.util.Set.of(first.instanceId(), second.instanceId())).count()).isZero();
  }

  static String withdraw(String reference) {
    return "{\"messageName\": \"foi-withdraw\", \"businessKey\": \"" + reference + "\"}";
  }
}
