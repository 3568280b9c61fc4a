package org.foiflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The engine checks authorizations with the user's groups as given, without scanning every grant. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AuthenticatedGroupsAsGivenTest {

  @Autowired ProcessEngine processEngine;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;

  @AfterEach
  void logOut() {
    identityService.clearAuthentication();
  }

  @Test
  void theEnginesAuthorizationManagerKeepsTheGroupsAsGiven() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    var manager = (AuthorizationManager) configuration.getSessionFactories().get(AuthorizationManager.class).openSession();

    assertThat(manager).isInstanceOf(AuthenticatedGroupsAsGiven.GroupsAsGivenAuthorizationManager.class);
    assertThat(manager.filterAuthenticatedGroupIds(List.of(FoiGroups.EDITORS, "a-group-without-grants")))
        .containsExactly(FoiGroups.EDITORS, "a-group-without-grants");
    assertThat(manager.filterAuthenticatedGroupIds(null)).isEmpty();
  }

  @Test
  void aGroupsGrantsStillCountAndAGroupWithoutGrantsGivesNothing() {
    identityService.setAuthentication("someone-new", List.of(FoiGroups.EDITORS, "a-group-without-grants"));
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").count()).isPositive();

    identityService.setAuthentication("someone-new", List.of("a-group-without-grants"));
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").count()).isZero();
  }
}
