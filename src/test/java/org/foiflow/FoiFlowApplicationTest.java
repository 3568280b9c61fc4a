package org.foiflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoiFlowApplicationTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;

  @Test
  void healthIsPublic() {
    var response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"UP\"");
  }

  @Test
  void theDeadlineCalculatorIsPublic() {
    var response = http.getForEntity("/api/deadlines?regime=UK_FOIA&received=2024-12-20", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"due\":\"2025-01-23\"").contains("Christmas Day");
  }

  @Test
  void cockpitAndTasklistAreServed() {
    assertThat(http.getForEntity("/camunda/app/cockpit/default/", String.class).getBody())
        .contains("Cockpit");
    assertThat(http.getForEntity("/camunda/app/tasklist/default/", String.class).getBody())
        .contains("Tasklist");
  }

  @Test
  void engineRestNeedsLogin() {
    assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    var asAdmin =
        http.withBasicAuth("admin", "Test-Owner-Secret-1")
            .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            // Not `admin`: a wrong password locks the account for a few seconds (Camunda's
            // login throttling), which would fail the other tests of this class.
            http.withBasicAuth("nobody", "wrong")
                .getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void restSubmitFormFilesARequestAndRefusesBadInputWith400() {
    String url = "/engine-rest/process-definition/key/foi-request/submit-form";
    String good =
        """
        {"variables": {
          "authorityName": {"value": "Home Office"},
          "authorityEmail": {"value": "foirequests@homeoffice.gov.uk"},
          "regime": {"value": "UK_FOIA"},
          "subject": {"value": "Tip-offs from MPs"},
          "requestText": {"value": "How many tip-offs did MPs pass on?"},
          "sentDate": {"value": "2024-12-20"},
          "sendBy": {"value": "ELSEWHERE"},
          "requesterName": {"value": "Alice Reporter"},
          "requesterEmail": {"value": "alice@example.org"}
        }}""";
    var headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    headers.setBasicAuth("admin", "Test-Owner-Secret-1");

    var started = http.postForEntity(url, new org.springframework.http.HttpEntity<>(good, headers), String.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody()).containsPattern("\"businessKey\":\"FOI-\\d{4}-\\d{4}\"");

    long before = runtimeService.createProcessInstanceQuery().count();
    String bad = good.replace("alice@example.org", "alice-at-example");
    var refused = http.postForEntity(url, new org.springframework.http.HttpEntity<>(bad, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("not a valid email address").doesNotContain("\tat ");
    // Only what is wrong with the form, not the engine's "Cannot instantiate process definition foi-request:1:…".
    assertThat(refused.getBody()).doesNotContain("Cannot instantiate").doesNotContain("foi-request:");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void adminIsCreatedWithTheConfiguredPassword() {
    assertThat(identityService.checkPassword("admin", "Test-Owner-Secret-1")).isTrue();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
  }

  /** Every diagram, decision table and form in processes/ is deployed. */
  @Test
  void everyFileOfTheProcessesFolderIsDeployed() throws java.io.IOException {
    List<String> shipped;
    try (var files = java.nio.file.Files.list(java.nio.file.Path.of("processes"))) {
      shipped = files.map(path -> path.getFileName().toString()).filter(name -> name.matches(".*\\.(bpmn|dmn|form)")).toList();
    }
    List<String> deployed =
        repositoryService.createDeploymentQuery().list().stream()
            .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
            .map(resource -> resource.getName().replaceAll(".*/", ""))
            .toList();
    assertThat(shipped).hasSizeGreaterThanOrEqualTo(14);
    assertThat(deployed).containsAll(shipped);
    assertThat(repositoryService.createProcessDefinitionQuery().latestVersion().list())
        .extracting(definition -> definition.getKey())
        .contains("foi-request", "internal-review", "regulator-complaint", "send-email");
    assertThat(repositoryService.createDecisionDefinitionQuery().decisionDefinitionKey("statutory-deadlines").count()).isPositive();
  }
}
