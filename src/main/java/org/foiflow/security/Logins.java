package org.foiflow.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;

/**
 * The two ways to log in to FOI Flow's APIs: the Camunda webapp session (Cockpit, Tasklist and
 * the pages that call /api with the browser's login) and HTTP Basic credentials checked against
 * the engine's identity service (scripts).
 */
final class Logins {

  private static final HttpBasicAuthenticationProvider BASIC = new HttpBasicAuthenticationProvider();

  private final ProcessEngine processEngine;
  private final IdentityService identityService;
  private final String engineName;

  Logins(ProcessEngine processEngine) {
    this.processEngine = processEngine;
    this.identityService = processEngine.getIdentityService();
    this.engineName = processEngine.getName();
  }

  Optional<Caller> fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false); // API calls must not open sessions
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user) {
      return Optional.of(
          new Caller(user.getIdentityId(), orEmpty(user.getGroupIds()), orEmpty(user.getTenantIds()), true));
    }
    return Optional.empty();
  }

  /**
   * True when someone is logged in to the webapps whom Camunda would not let into {@code app}
   * ("cockpit", "admin"): its own application grants decide, as at its login.
   */
  boolean signedInButNotFor(HttpServletRequest request, String app) {
    return webappUser(request).map(user -> !user.isAuthorizedForApp(app)).orElse(false);
  }

  /** True when the webapps' login lets its user into {@code app}; false for nobody logged in. */
  boolean signedInFor(HttpServletRequest request, String app) {
    return webappUser(request).map(user -> user.isAuthorizedForApp(app)).orElse(false);
  }

  private Optional<UserAuthentication> webappUser(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null
            && AuthenticationUtil.getAuthsFromSession(session).getAuthenticationForProcessEngine(engineName)
                instanceof UserAuthentication user
        ? Optional.of(user)
        : Optional.empty();
  }

  /**
   * Basic credentials are read by Camunda's own REST provider, so scripts log in to /api exactly
   * as to /engine-rest; its password check applies the engine's login throttling.
   */
  Optional<Caller> fromBasicCredentials(HttpServletRequest request) {
    AuthenticationResult result = BASIC.extractAuthenticatedUser(request, processEngine);
    if (!result.isAuthenticated()) {
      return Optional.empty();
    }
    String userId = result.getAuthenticatedUser();
    List<String> groupIds =
        identityService.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    List<String> tenantIds =
        identityService.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId)
            .toList();
    return Optional.of(new Caller(userId, groupIds, tenantIds, false));
  }

  /** Makes the caller the engine's authenticated user for the duration of {@code work}. */
  void runAs(Caller caller, ServletWork work) throws IOException, ServletException {
    identityService.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
    try {
      work.run();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs {@code work} as the engine itself (no authorizations), then restores the caller's login. */
  <T> T asEngine(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  @FunctionalInterface
  interface ServletWork {
    void run() throws IOException, ServletException;
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }
}
