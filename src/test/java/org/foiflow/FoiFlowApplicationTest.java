package org.foiflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoiFlowApplicationTest {

  @Autowired TestRestTemplate http;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  void healthIsPublic() {
    var response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).contains("\"UP\"");
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
        http.withBasicAuth("admin", "test-admin-secret")
            .getForEntity("/engine-rest/process-definition", String.class);
    assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(
            http.withBasicAuth("admin", "wrong")
                .getForEntity("/engine-rest/process-definition", String.class)
                .getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void adminIsCreatedWithTheConfiguredPassword() {
    assertThat(identityService.checkPassword("admin", "test-admin-secret")).isTrue();
    assertThat(identityService.createUserQuery().userId("admin").memberOfGroup("camunda-admin").count())
        .isEqualTo(1);
  }

  @Test
  void processesDmnAndFormsAreDeployed() {
    List<String> names =
        repositoryService.createDeploymentQuery().list().stream()
            .flatMap(d -> repositoryService.getDeploymentResources(d.getId()).stream())
            .map(Resource::getName)
            .toList();
    assertThat(names).anyMatch(n -> n.endsWith(".bpmn"));
    assertThat(names).anyMatch(n -> n.endsWith(".dmn"));
    assertThat(names).anyMatch(n -> n.endsWith(".form"));
  }
}
