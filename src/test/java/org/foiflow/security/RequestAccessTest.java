package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.figures.Figure;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Requester A files a request through the REST API; requester B must not see any of it, through
 * the engine (Tasklist's and Cockpit's queries), /engine-rest or /api, while A and an editor do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestAccessTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired FilterService filterService;
  @Autowired FormService formService;
  @Autowired FigureStore figures;
  @Autowired ObjectMapper json;
  @Autowired AuthorizationService authorizationService;
  @Autowired ManagementService managementService;
  @Autowired RequesterGrantsBackfill backfill;

  String authority;
  String reference;
  String instanceId;
  String taskId;

  /** Per test: process test coverage lets processes start only inside a test method. */
  @BeforeEach
  void requesterAFilesARequest() throws Exception {
    Requesters.ensure(identityService);
    authority = "Access Test Council " + UUID.randomUUID();
    JsonNode filed = file(Requesters.A, authority);
    instanceId = filed.get("id").asText();
    reference = filed.get("businessKey").asText();
    taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
    figures.add(
        List.of(new Figure(reference, authority, "Potholes " + reference, new BigDecimal("7"), "potholes",
            LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), new ArrayList<>(), "Letter", "1",
            "note", LocalDate.of(2026, 1, 5))),
        OffsetDateTime.now());
  }

  /** Files a request through the REST API as {@code requester}, as a script would. */
  private JsonNode file(String requester, String authorityName) throws Exception {
    String body = EngineApi.fileBody(authorityName);
    ResponseEntity<String> filed =
        as(requester).postForEntity("/engine-rest/process-definition/key/foi-request/submit-form", jsonBody(body), String.class);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(filed.getBody());
  }

  @Test
  void aRequestFiledBeforeAuthorizationsIsGrantedToItsRequesterAtTheNextStart() {
    // As if filed before per-request grants existed, on a database the backfill has not seen.
    authorizationService.createAuthorizationQuery().resourceId(instanceId).list()
        .forEach(grant -> authorizationService.deleteAuthorization(grant.getId()));
    managementService.deleteProperty(RequesterGrantsBackfill.DONE);
    assertThat(Requesters.as(identityService, Requesters.A, () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())).isZero();

    backfill.grantRequestsFiledBeforeAuthorizations();

    assertThat(Requesters.as(identityService, Requesters.A, () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())).isOne();
    assertThat(Requesters.as(identityService, Requesters.A, () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count())).isOne();
    assertThat(Requesters.as(identityService, Requesters.B, () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())).isZero();
    assertThat(authorizationService.createAuthorizationQuery().resourceId(instanceId).count()).as("one runtime and one history grant").isEqualTo(2);
    assertThat(managementService.getProperties()).containsKey(RequesterGrantsBackfill.DONE);
  }

  @Test
  void authorizationsAreOnForCallersButNotForTheEnginesOwnWork() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isAuthorizationEnabled()).isTrue();
    assertThat(configuration.isEnableHistoricInstancePermissions()).isTrue();
    // Delegates, listeners and the job executor run without grants (Camunda's default).
    assertThat(configuration.isAuthorizationEnabledForCustomCode()).isFalse();
  }

  @Test
  void theTaskIsAssignedToRequesterAWhoSeesItAndBDoesNot() {
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(Requesters.A);
    assertThat(Requesters.as(identityService, Requesters.A, () -> taskService.createTaskQuery().taskId(taskId).count())).isOne();
    assertThat(Requesters.as(identityService, Requesters.B, () -> taskService.createTaskQuery().taskId(taskId).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.EDITOR, () -> taskService.createTaskQuery().taskId(taskId).count())).isOne();
  }

  @Test
  void theTasklistFiltersShowOnlyOwnTasksToRequesters() {
    String myTasks = filterService.createTaskFilterQuery().filterName("My FOI tasks").singleResult().getId();
    String overdue = filterService.createTaskFilterQuery().filterName("Overdue").singleResult().getId();
    assertThat(Requesters.as(identityService, Requesters.A, () -> filterService.<Task>list(myTasks)))
        .extracting(Task::getId).contains(taskId);
    assertThat(Requesters.as(identityService, Requesters.B, () -> filterService.<Task>list(myTasks)))
        .extracting(Task::getId).doesNotContain(taskId);
    // Reading a filter is granted to both groups; what it lists is each caller's own.
    assertThat(Requesters.as(identityService, Requesters.B, () -> filterService.<Task>list(overdue)))
        .extracting(Task::getProcessInstanceId).doesNotContain(instanceId);
  }

  @Test
  void engineQueriesShowTheRequestAndItsHistoryOnlyToItsRequesterAndEditors() {
    for (String user : List.of(Requesters.A, Requesters.EDITOR)) {
      assertThat(Requesters.as(identityService, user, () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())).as(user).isOne();
      assertThat(Requesters.as(identityService, user, () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count())).as(user).isOne();
      assertThat(Requesters.as(identityService, user, () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count())).as(user).isOne();
      assertThat(Requesters.as(identityService, user, () -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId).count())).as(user).isPositive();
    }
    assertThat(Requesters.as(identityService, Requesters.B, () -> runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(instanceId).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> historyService.createHistoricTaskInstanceQuery().taskId(taskId).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> runtimeService.createVariableInstanceQuery().processInstanceIdIn(instanceId).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> historyService.createHistoricVariableInstanceQuery().processInstanceId(instanceId).count())).isZero();
  }

  @Test
  void theEngineRestApiShowsNothingOfItToAnotherRequester() {
    List<String> lists = List.of(
        "/engine-rest/process-instance?businessKey=" + reference,
        "/engine-rest/task?processInstanceBusinessKey=" + reference,
        "/engine-rest/history/process-instance?processInstanceBusinessKey=" + reference,
        "/engine-rest/history/task?processInstanceBusinessKey=" + reference,
        "/engine-rest/history/variable-instance?processInstanceId=" + instanceId,
        "/engine-rest/variable-instance?processInstanceIdIn=" + instanceId);
    for (String list : lists) {
      ResponseEntity<String> own = as(Requesters.A).getForEntity(list, String.class);
      assertThat(own.getStatusCode()).as(list).isEqualTo(HttpStatus.OK);
      assertThat(own.getBody()).as(list).contains(instanceId);
      ResponseEntity<String> other = as(Requesters.B).getForEntity(list, String.class);
      assertThat(other.getStatusCode()).as(list).isEqualTo(HttpStatus.OK);
      assertThat(other.getBody()).as(list).isEqualTo("[]");
    }
    List<String> singles = List.of(
        "/engine-rest/process-instance/" + instanceId,
        "/engine-rest/process-instance/" + instanceId + "/variables",
        "/engine-rest/task/" + taskId,
        "/engine-rest/task/" + taskId + "/variables",
        "/engine-rest/task/" + taskId + "/form-variables",
        "/engine-rest/history/process-instance/" + instanceId);
    for (String single : singles) {
      assertThat(as(Requesters.A).getForEntity(single, String.class).getStatusCode()).as(single).isEqualTo(HttpStatus.OK);
      ResponseEntity<String> other = as(Requesters.B).getForEntity(single, String.class);
      assertThat(other.getStatusCode().is2xxSuccessful()).as(single + ": " + other.getStatusCode()).isFalse();
      assertThat(other.getBody()).as(single).doesNotContain(authority).doesNotContain(reference);
    }
  }

  @Test
  void anotherRequesterCannotWorkOnTheTask() {
    ResponseEntity<String> completed =
        as(Requesters.B).postForEntity("/engine-rest/task/" + taskId + "/complete", jsonBody("{}"), String.class);
    assertThat(completed.getStatusCode().is2xxSuccessful()).isFalse();
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isOne();
  }

  @Test
  void foiFlowsApiShowsTheRequestOnlyToItsRequesterAndEditors() {
    List<String> apis = List.of(
        "/api/requests/deadlines?maxResults=1000", "/api/figures?reference=" + reference, "/api/figures.csv?reference=" + reference,
        "/api/authorities/stats");
    for (String api : apis) {
      for (String user : List.of(Requesters.A, Requesters.EDITOR, "admin")) {
        ResponseEntity<String> seen = as(user).getForEntity(api, String.class);
        assertThat(seen.getStatusCode()).as(user + " " + api).isEqualTo(HttpStatus.OK);
        assertThat(seen.getBody()).as(user + " " + api).contains(authority);
      }
      ResponseEntity<String> other = as(Requesters.B).getForEntity(api, String.class);
      assertThat(other.getStatusCode()).as(api).isEqualTo(HttpStatus.OK);
      assertThat(other.getBody()).as(api).doesNotContain(authority).doesNotContain(reference);
    }
  }

  @Test
  void theOutboxAndCaughtMailAreForEditorsAndAdministratorsOnly() {
    for (String page : List.of("/api/mail/outbox", "/api/mail/caught")) {
      for (String requester : List.of(Requesters.A, Requesters.B)) {
        ResponseEntity<String> refused = as(requester).getForEntity(page, String.class);
        assertThat(refused.getStatusCode()).as(requester + " " + page).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getBody()).as(page).doesNotContain("@example.org");
      }
      assertThat(as(Requesters.EDITOR).getForEntity(page, String.class).getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
      assertThat(as("admin").getForEntity(page, String.class).getStatusCode()).as(page).isEqualTo(HttpStatus.OK);
    }
  }

  @Test
  void aCalledReviewIsReadableByItsRequesterOnly() throws Exception {
    String instanceId = file(Requesters.A, "Review Test Council " + UUID.randomUUID()).get("id").asText();
    Requesters.as(identityService, Requesters.A, () -> {
      String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
      formService.submitTaskForm(taskId, Map.of("response", "NOT_HELD", "responseDate", LocalDate.now().toString()));
      Task decide = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
      formService.submitTaskForm(decide.getId(), Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", LocalDate.now().toString()));
      return null;
    });
    ProcessInstance review = runtimeService.createProcessInstanceQuery().superProcessInstanceId(instanceId).singleResult();
    assertThat(review.getProcessDefinitionId()).startsWith("internal-review:");
    Task reviewTask = taskService.createTaskQuery().processInstanceId(review.getId()).singleResult();
    assertThat(reviewTask.getAssignee()).isEqualTo(Requesters.A);
    for (String user : List.of(Requesters.A, Requesters.EDITOR)) {
      assertThat(Requesters.as(identityService, user, () -> runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count())).as(user).isOne();
      assertThat(Requesters.as(identityService, user, () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).count())).as(user).isOne();
      assertThat(Requesters.as(identityService, user, () -> taskService.createTaskQuery().taskId(reviewTask.getId()).count())).as(user).isOne();
    }
    assertThat(Requesters.as(identityService, Requesters.B, () -> runtimeService.createProcessInstanceQuery().processInstanceId(review.getId()).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> historyService.createHistoricProcessInstanceQuery().processInstanceId(review.getId()).count())).isZero();
    assertThat(Requesters.as(identityService, Requesters.B, () -> taskService.createTaskQuery().taskId(reviewTask.getId()).count())).isZero();
  }

  @Test
  void requestersUseTasklistAndEditorsCockpitToo() {
    assertThat(WebappSession.login(http, "tasklist", Requesters.B, Requesters.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(WebappSession.login(http, "cockpit", Requesters.B, Requesters.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(WebappSession.login(http, "cockpit", Requesters.EDITOR, Requesters.PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, user.equals("admin") ? "Test-Owner-Secret-1" : Requesters.PASSWORD);
  }

  private static HttpEntity<String> jsonBody(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
