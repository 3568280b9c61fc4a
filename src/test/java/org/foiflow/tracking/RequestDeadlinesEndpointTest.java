package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.request.Today;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/requests/deadlines on real `foi-request` instances, filed as Tasklist would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class RequestDeadlinesEndpointTest {

  static final String URL = "/api/requests/deadlines";

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired Today today;

  final List<String> filed = new ArrayList<>();

  @AfterEach
  void withdrawTestRequests() {
    // Their reminder timers would otherwise keep firing for the rest of the shared context.
    filed.forEach(id -> runtimeService.deleteProcessInstance(id, "test request"));
  }

  @Test
  void listsOpenRequestsWithTheirStatus() {
    // Dates relative to today, far from any boundary: a request sent today is 20 working days
    // from its due date; one sent 6 months ago is long overdue whatever the holidays.
    ProcessInstance fresh = file("Borsetshire County Council", today.date());
    ProcessInstance stale = file("Felpersham Police <script>", today.date().minusMonths(6));

    ResponseEntity<JsonNode> response =
        http.withBasicAuth("admin", "test-admin-secret").getForEntity(URL, JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode freshEntry = entryFor(response.getBody(), fresh.getBusinessKey());
    assertThat(freshEntry.get("processInstanceId").asText()).isEqualTo(fresh.getId());
    assertThat(freshEntry.get("authorityName").asText()).isEqualTo("Borsetshire County Council");
    assertThat(freshEntry.get("regime").asText()).isEqualTo("UK_FOIA");
    assertThat(freshEntry.get("stage").asText()).isEqualTo("Record the authority's response");
    assertThat(freshEntry.get("dueDate").asText())
        .isEqualTo(runtimeService.getVariable(fresh.getId(), "statutoryDueDate"));
    assertThat(freshEntry.get("status").asText()).isEqualTo("ON_TIME");

    JsonNode staleEntry = entryFor(response.getBody(), stale.getBusinessKey());
    assertThat(staleEntry.get("authorityName").asText()).isEqualTo("Felpersham Police <script>");
    assertThat(staleEntry.get("status").asText()).isEqualTo("LONG_OVERDUE");

    List<String> dueDates =
        StreamSupport.stream(response.getBody().spliterator(), false)
            .map(entry -> entry.get("dueDate").asText())
            .toList();
    assertThat(dueDates).isSorted();
  }

  @Test
  void needsALogin() {
    assertThat(http.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private ProcessInstance file(String authority, LocalDate sent) {
    Map<String, Object> form = new HashMap<>();
    form.put("authorityName", authority);
    form.put("authorityEmail", "foi@example.gov.uk");
    form.put("regime", "UK_FOIA");
    form.put("subject", "Pothole repairs");
    form.put("requestText", "How many pothole repairs were made in 2025?");
    form.put("sentDate", sent.toString());
    form.put("sendBy", "ELSEWHERE");
    form.put("requesterName", "Alice Reporter");
    form.put("requesterEmail", "alice@example.org");
    String definitionId =
        repositoryService
            .createProcessDefinitionQuery()
            .processDefinitionKey("foi-request")
            .latestVersion()
            .singleResult()
            .getId();
    identityService.setAuthentication("alice", List.of(FoiGroups.REQUESTERS));
    try {
      ProcessInstance instance = formService.submitStartForm(definitionId, form);
      filed.add(instance.getId());
      return instance;
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static JsonNode entryFor(JsonNode list, String reference) {
    return StreamSupport.stream(list.spliterator(), false)
        .filter(entry -> reference.equals(entry.get("reference").asText()))
        .findFirst()
        .orElseThrow(() -> new AssertionError(reference + " not listed in " + list));
  }
}
