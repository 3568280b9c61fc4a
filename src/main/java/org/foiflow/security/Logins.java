package org.foiflow.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;

/**
 * The two ways to log in to FOI Flow's APIs: the Camunda webapp session (Cockpit, Tasklist and
 * the pages that call /api with the browser's login) and HTTP Basic credentials checked against
 * the engine's identity service (scripts).
 */
final class Logins {

  private final IdentityService identityService;
  private final String engineName;

  Logins(ProcessEngine processEngine) {
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

  Optional<Caller> fromBasicCredentials(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return Optional.empty();
    }
    String userId = decoded.substring(0, colon);
    // checkPassword also applies the engine's login throttling.
    if (!identityService.checkPassword(userId, decoded.substring(colon + 1))) {
      return Optional.empty();
    }
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
