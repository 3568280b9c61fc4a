package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.mail.OutboxMessage.Status;
import org.foiflow.security.Requesters;
import org.foiflow.security.WebappSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "Send now" on the outbox page, over HTTP as the page calls it: on an editor's Camunda session,
 * with the CSRF token that came with the outbox's JSON.
 */
class SendNowTest extends LifecycleTest {

  @Autowired TestRestTemplate http;
  @Autowired MailCatcher catcher;
  @Autowired Outbox outbox;

  @AfterEach
  void catcherBackUp() {
    catcher.start();
  }

  @Test
  void anEditorSendsAnEmailWhoseRetriesRanOutAtOnceAndOnlyOnce() {
    Requesters.ensure(identityService);
    today(EmailLifecycleTest.MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    OutboxMessage confirmation = confirmation(request);
    Job send = sendJob(confirmation);
    catcher.stop();
    for (int attempt = 0; attempt < 5; attempt++) {
      assertThatThrownBy(() -> managementService.executeJob(send.getId())).hasMessageContaining("Couldn't connect");
    }
    assertThat(managementService.createJobQuery().jobId(send.getId()).singleResult().getRetries()).isZero();
    catcher.start();
    String sendNow = "/api/mail/outbox/" + confirmation.id() + "/send";

    TestRestTemplate requester = http.withBasicAuth(Requesters.A, Requesters.PASSWORD);
    assertThat(requester.postForEntity(sendNow, null, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    WebappSession editor = WebappSession.cockpit(http, Requesters.EDITOR, Requesters.PASSWORD);
    assertThat(post(sendNow, editor.cookie(), null).getStatusCode()).as("no CSRF token").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post("/api/mail/outbox/999999999/send", editor.cookie(), tokenAsThePageReadsIt(editor)).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(runDueJobs(request)).as("nothing sent before Send now").isZero();

    ResponseEntity<String> accepted = post(sendNow, editor.cookie(), tokenAsThePageReadsIt(editor));
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    Job due = managementService.createJobQuery().jobId(send.getId()).singleResult();
    assertThat(due.getRetries()).isEqualTo(1);
    assertThat(due.getDuedate()).isEqualTo(ClockUtil.getCurrentTime());
    assertThat(runDueJobs(request)).isEqualTo(1);
    assertThat(confirmation(request).status()).isEqualTo(Status.SENT);
    assertThat(catcher.caught().stream().filter(mail -> mail.subject().equals(confirmation.subject()))).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(send.getProcessInstanceId()).count()).isZero();

    assertThat(post(sendNow, editor.cookie(), tokenAsThePageReadsIt(editor)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(catcher.caught().stream().filter(mail -> mail.subject().equals(confirmation.subject()))).hasSize(1);
  }

  /** As page.js does: the outbox's JSON comes with the session's token in a header. */
  private String tokenAsThePageReadsIt(WebappSession session) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, session.cookie());
    String token = http.exchange("/api/mail/outbox", HttpMethod.GET, new HttpEntity<>(headers), String.class)
        .getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).isEqualTo(session.csrfToken());
    return token;
  }

  private ResponseEntity<String> post(String url, String cookie, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    return http.exchange(url, HttpMethod.POST, new HttpEntity<>(null, headers), String.class);
  }

  private OutboxMessage confirmation(ProcessInstance request) {
    List<OutboxMessage> rows =
        outbox.forReference(request.getBusinessKey()).stream().filter(m -> m.kind() == MailKind.CONFIRMATION).toList();
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  private Job sendJob(OutboxMessage email) {
    var sending =
        runtimeService.createProcessInstanceQuery().processDefinitionKey(Correspondence.SEND_PROCESS)
            .variableValueEquals(Correspondence.MESSAGE_ID_VARIABLE, email.id()).singleResult();
    return managementService.createJobQuery().processInstanceId(sending.getId()).singleResult();
  }
}
