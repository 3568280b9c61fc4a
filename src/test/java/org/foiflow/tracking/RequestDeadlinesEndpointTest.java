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
import org.foiflow.contract.Today;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** GET /api/requests/deadlines on real `foi-request` instances, filed as Tasklist would; paged. */
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

    ResponseEntity<JsonNode> response = admin().getForEntity(URL + "?maxResults=1000", JsonNode.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode freshEntry = entryFor(response.getBody(), fresh.getBusinessKey());
    assertThat(freshEntry.get("processInstanceId").asText()).isEqualTo(fresh.getId());
    assertThat(freshEntry.get("authorityName").asText()).isEqualTo("Borsetshire County Council");
    assertThat(freshEntry.get("regime").asText()).isEqualTo("UK_FOIA");
    assertThat(freshEntry.get("stage").asText()).isEqualTo("Record the authority's response: " + fresh.getBusinessKey() + " Borsetshire County Council, Pothole repairs");
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
  void pagesWithCamundasParametersAndSaysHowManyThereAre() {
    file("Borsetshire County Council", today.date().minusMonths(7));
    file("NHS Ambridge", today.date().minusMonths(7).plusDays(1));

    ResponseEntity<JsonNode> all = admin().getForEntity(URL + "?maxResults=1000", JsonNode.class);
    long total = Long.parseLong(all.getHeaders().getFirst("X-Total-Count"));
    assertThat(total).isGreaterThanOrEqualTo(2).isEqualTo(all.getBody().size());
    assertThat(all.getHeaders().get(HttpHeaders.LINK)).isNull();

    ResponseEntity<JsonNode> second = admin().getForEntity(URL + "?firstResult=1&maxResults=1", JsonNode.class);
    assertThat(second.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(second.getBody()).hasSize(1);
    assertThat(second.getBody().get(0)).isEqualTo(all.getBody().get(1));
    assertThat(second.getHeaders().getFirst("X-Total-Count")).isEqualTo(Long.toString(total));
    if (total > 2) {
      assertThat(second.getHeaders().getFirst(HttpHeaders.LINK))
          .isEqualTo("</api/requests/deadlines?firstResult=2&maxResults=1>; rel=\"next\"");
    }

    ResponseEntity<JsonNode> unpaged = admin().getForEntity(URL, JsonNode.class);
    assertThat(unpaged.getBody().size()).isEqualTo((int) Math.min(total, 100));
    assertThat(unpaged.getBody().get(0)).isEqualTo(all.getBody().get(0));
  }

  @Test
  void badPagingParametersGetA400NamingTheParameter() {
    Map<String, String> bad = Map.of(
        "?firstResult=-1", "firstResult: '-1' is not a whole number from 0 to 2147483647",
        "?maxResults=0", "maxResults: '0' is not a whole number from 1 to 1000",
        "?maxResults=5000", "maxResults: '5000' is not a whole number from 1 to 1000",
        "?firstResult=abc&maxResults=10", "firstResult: 'abc' is not a whole number from 0 to 2147483647");
    bad.forEach((query, message) -> {
      ResponseEntity<JsonNode> response = admin().getForEntity(URL + query, JsonNode.class);
      assertThat(response.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getBody().get("detail").asText()).as(query).isEqualTo(message);
    });
  }

  @Test
  void needsALogin() {
    assertThat(http.getForEntity(URL, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth("admin", "Test-Owner-Secret-1");
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
