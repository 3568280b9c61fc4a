package org.foiflow.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Stops Camunda reading its whole authorization table in every command of a user who belongs to a
 * group. Before checking authorizations, Camunda narrows the user's groups to those named by some
 * authorization, with {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: a full scan.
 * FOI Flow grants each requester their own requests, about four rows per request, so at 100,000
 * requests every Tasklist or REST call of an editor or requester scanned some 400,000 rows, more
 * than once per page (benchmarks; Camunda issue 5485 asks to narrow that query).
 *
 * <p>The narrowing only shortens the {@code GROUP_ID_ IN (...)} lists of the checks: a group with
 * no authorization matches no row either way. FOI Flow's users have a few groups each, so this
 * engine's authorization manager passes them as given, up to {@value #MAX_GROUPS_AS_GIVEN}; a
 * user in more groups still gets Camunda's narrowing.
 */
@Component
class AuthenticatedGroupsAsGiven extends AbstractProcessEnginePlugin {

  static final int MAX_GROUPS_AS_GIVEN = 50;

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    // Custom session factories are registered after Camunda's own, so this one replaces its
    // authorization manager.
    configuration.getCustomSessionFactories().add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new GroupsAsGivenAuthorizationManager();
      }
    });
  }

  static final class GroupsAsGivenAuthorizationManager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return List.of();
      }
      if (authenticatedGroupIds.size() > MAX_GROUPS_AS_GIVEN) {
        return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
      }
      return new ArrayList<>(authenticatedGroupIds);
    }
  }
}
