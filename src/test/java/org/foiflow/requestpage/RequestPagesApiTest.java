package org.foiflow.requestpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/requests and /api/requests/{reference} on real requests, filed in 2033 by two requesters. */
class RequestPagesApiTest extends LifecycleTest {

  /** A Thursday ten days before Christmas 2033, which falls on a Sunday. */
  static final LocalDate FILED = LocalDate.of(2033, 12, 15);

  @Autowired TestRestTemplate http;

  String authority;

  @BeforeEach
  void twoRequesters() {
    Requesters.ensure(identityService);
    // Each test's own authority, so the filters find only this test's requests.
    authority = "Pages Test Council " + UUID.randomUUID();
    today(FILED);
  }

  @Test
  void aRequesterListsOnlyTheirOwnRequestsAndAnEditorListsEveryones() {
    ProcessInstance first = file(Requesters.A, Map.of("sentDate", FILED.minusDays(30).toString()));
    ProcessInstance second = file(Requesters.A, Map.of());
    ProcessInstance others = file(Requesters.B, Map.of());

    assertThat(references(list(Requesters.A, "authority=" + authority)))
        .containsExactly(first.getBusinessKey(), second.getBusinessKey());
    assertThat(references(list(Requesters.B, "authority=" + authority))).containsExactly(others.getBusinessKey());
    assertThat(references(list(Requesters.EDITOR, "authority=" + authority)))
        .containsExactlyInAnyOrder(first.getBusinessKey(), second.getBusinessKey(), others.getBusinessKey());

    JsonNode entry = list(Requesters.A, "authority=" + authority).getBody().get(1);
    assertThat(entry.get("subject").asText()).isEqualTo("Tip-offs from MPs");
    assertThat(entry.get("law").asText()).isEqualTo("Freedom of Information Act 2000");
    assertThat(entry.get("status").asText()).isEqualTo("Awaiting the authority's response");
    assertThat(entry.get("tone").asText()).isEqualTo("waiting");
    assertThat(entry.get("dueDate").asText()).isEqualTo(variable(second, "statutoryDueDate"));
    JsonNode late = list(Requesters.A, "authority=" + authority).getBody().get(0);
    assertThat(late.get("tone").asText()).isEqualTo("late");
    assertThat(late.get("status").asText()).startsWith("Late: no response by ");
  }

  @Test
  void pagesLikeTheDeadlinesListAndTheNextLinkKeepsTheFilters() {
    ProcessInstance later = file(Requesters.A, Map.of());
    ProcessInstance earlier = file(Requesters.A, Map.of("sentDate", FILED.minusDays(7).toString()));

    ResponseEntity<JsonNode> firstPage = list(Requesters.A, "authority=" + authority + "&maxResults=1");
    assertThat(firstPage.getHeaders().getFirst("X-Total-Count")).isEqualTo("2");
    assertThat(references(firstPage)).containsExactly(earlier.getBusinessKey());
    String next = firstPage.getHeaders().getFirst(HttpHeaders.LINK);
    assertThat(next).isEqualTo("</api/requests?firstResult=1&maxResults=1&authority=" + authority.replace(" ", "%20") + ">; rel=\"next\"");

    ResponseEntity<JsonNode> secondPage = list(Requesters.A, "authority=" + authority + "&firstResult=1&maxResults=1");
    assertThat(references(secondPage)).containsExactly(later.getBusinessKey());
    assertThat(secondPage.getHeaders().get(HttpHeaders.LINK)).isNull();
  }

  @Test
  void filtersByStatusRegimeAndText() {
    ProcessInstance foia = file(Requesters.A, Map.of());
    ProcessInstance eir = file(Requesters.A, Map.of("regime", "UK_EIR", "subject", "Air quality near schools"));

    String mine = "authority=" + authority;
    assertThat(references(list(Requesters.A, mine + "&regime=UK_EIR"))).containsExactly(eir.getBusinessKey());
    assertThat(references(list(Requesters.A, mine + "&text=air QUALITY"))).containsExactly(eir.getBusinessKey());
    assertThat(references(list(Requesters.A, mine + "&text=" + foia.getBusinessKey()))).containsExactly(foia.getBusinessKey());
    assertThat(references(list(Requesters.A, mine + "&status=open"))).hasSize(2);
    assertThat(references(list(Requesters.A, mine + "&status=AWAITING_RESPONSE"))).hasSize(2);
    assertThat(references(list(Requesters.A, mine + "&status=closed"))).isEmpty();

    ResponseEntity<JsonNode> bad = list(Requesters.A, "regime=FOIA");
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(bad.getBody().get("detail").asText()).startsWith("regime: 'FOIA' is not one of UK_FOIA, UK_EIR");
    assertThat(list(Requesters.A, "status=<b>").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aRequestNobodyMayReadAnswersExactlyLikeOneThatDoesNotExist() {
    ProcessInstance others = file(Requesters.B, Map.of());

    ResponseEntity<String> notTheirs = as(Requesters.A).getForEntity("/api/requests/" + others.getBusinessKey(), String.class);
    ResponseEntity<String> none = as(Requesters.A).getForEntity("/api/requests/FOI-2033-9999", String.class);
    ResponseEntity<String> nonsense = as(Requesters.A).getForEntity("/api/requests/..%2Fx", String.class);

    assertThat(notTheirs.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(notTheirs.getBody()).isEqualTo(none.getBody()).doesNotContain(others.getBusinessKey());
    assertThat(nonsense.getStatusCode().is4xxClientError()).isTrue();
    assertThat(as(Requesters.B).getForEntity("/api/requests/" + others.getBusinessKey(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/api/requests/" + others.getBusinessKey(), String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theRequestPageExplainsTheDueDateOverChristmasAndLinksTheTask() {
    ProcessInstance request = file(Requesters.A, Map.of());
    String taskId = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult().getId();

    ResponseEntity<JsonNode> page = as(Requesters.A).getForEntity("/api/requests/" + request.getBusinessKey(), JsonNode.class);

    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode detail = page.getBody();
    assertThat(detail.get("reference").asText()).isEqualTo(request.getBusinessKey());
    assertThat(detail.get("authority").asText()).isEqualTo(authority);
    assertThat(detail.get("law").asText()).isEqualTo("Freedom of Information Act 2000");
    assertThat(detail.get("requestText").asText()).startsWith("How many tip-offs");
    JsonNode due = detail.get("dueDate");
    // 20 working days after Thursday 15 December 2033, skipping weekends, Boxing Day (Monday 26),
    // Christmas Day's substitute (Tuesday 27), New Year's Day's (Monday 2 January 2034) and, as FOIA
    // s.10(6) skips a bank holiday anywhere in the UK, Scotland's 2 January (Tuesday 3).
    assertThat(due.get("due").asText()).as(due.toString()).isEqualTo("18 January 2034");
    assertThat(due.get("date").asText()).isEqualTo(variable(request, "statutoryDueDate"));
    assertThat(due.get("workingDays").asInt()).isEqualTo(20);
    assertThat(due.get("countedFrom").asText()).startsWith("15 December 2033 (the day the authority received the request)");
    assertThat(StreamSupport.stream(due.get("skipped").spliterator(), false).map(day -> day.get("day").asText()))
        .containsExactly(
            "Monday 26 December 2033", "Tuesday 27 December 2033", "Monday 2 January 2034", "Tuesday 3 January 2034");
    assertThat(StreamSupport.stream(due.get("skipped").spliterator(), false).map(day -> day.get("reason").asText()))
        .allSatisfy(reason -> assertThat(reason).isNotBlank());
    assertThat(detail.get("deadlines").get(0).get("what").asText()).isEqualTo("The authority's response is due");
    assertThat(detail.get("timeline").get(0).get("what").asText()).isEqualTo("Filed in FOI Flow");
    assertThat(detail.get("timeline").get(0).get("day").asText()).isEqualTo("15 December 2033");
    JsonNode step = detail.get("nextSteps").get(0);
    assertThat(step.get("task").asText()).isEqualTo("Record the authority's response");
    assertThat(step.get("link").asText()).isEqualTo("/camunda/app/tasklist/default/#/?task=" + taskId);
    // The confirmation to the requester is among the letters, and links back to this page.
    assertThat(StreamSupport.stream(detail.get("letters").spliterator(), false).map(letter -> letter.get("body").asText()))
        .anySatisfy(body -> assertThat(body).contains(servedAt() + "/requests/" + request.getBusinessKey()));
    assertThat(page.getBody().toString()).doesNotContain("UK_FOIA").doesNotContain("\"AWAITING_RESPONSE\" ");
  }

  @Test
  void aRefusalAndAReviewShowInTheTimelineStatusAndDeadlines() {
    ProcessInstance request = file(Requesters.A, Map.of());
    today(LocalDate.of(2034, 1, 10));
    submitTask(request, "Task_RecordResponse",
        Map.of("response", "REFUSED", "responseDate", "2034-01-10", "exemptionsCited", "s.31 law enforcement"));
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2034-01-10"));

    JsonNode detail = as(Requesters.A).getForObject("/api/requests/" + request.getBusinessKey(), JsonNode.class);

    assertThat(detail.get("status").asText()).isEqualTo("In internal review");
    assertThat(StreamSupport.stream(detail.get("timeline").spliterator(), false).map(event -> event.get("day").asText() + " " + event.get("what").asText()))
        .contains("10 January 2034 Response recorded: refused", "10 January 2034 Internal review requested");
    JsonNode deadline = detail.get("deadlines").get(0);
    assertThat(deadline.get("what").asText()).isEqualTo("The internal review's answer is due");
    assertThat(deadline.get("date").asText()).isEqualTo(variable(calledProcessInstance(request), "reviewDueDate"));
  }

  @Test
  void anAuthorityTypedInLowerCaseIsStoredAsTheDirectorySpellsIt() {
    ProcessInstance request = file(Requesters.A, Map.of("authorityName", "home office"));

    JsonNode detail = as(Requesters.A).getForObject("/api/requests/" + request.getBusinessKey(), JsonNode.class);

    assertThat(detail.get("authority").asText()).isEqualTo("Home Office");
  }

  private ProcessInstance file(String requester, Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>(Map.of("authorityName", authority, "sentDate", FILED.toString()));
    form.putAll(changes);
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(requester, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(form));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private ResponseEntity<JsonNode> list(String user, String query) {
    return as(user).getForEntity("/api/requests?" + query, JsonNode.class);
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, Requesters.PASSWORD);
  }

  private static List<String> references(ResponseEntity<JsonNode> response) {
    assertThat(response.getStatusCode()).as(String.valueOf(response.getBody())).isEqualTo(HttpStatus.OK);
    return StreamSupport.stream(response.getBody().spliterator(), false).map(entry -> entry.get("reference").asText()).toList();
  }
}
