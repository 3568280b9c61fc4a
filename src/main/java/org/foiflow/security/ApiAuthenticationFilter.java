package org.foiflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the public deadline calculator through; everything else under /api needs either the
 * Camunda webapp session (so the Cockpit plugin can call us with the browser's login) or HTTP
 * Basic credentials checked against the engine's identity service. The caller becomes the
 * engine's authenticated user for the request, so `currentUser()` and the audit log see them, and
 * Camunda's authorizations apply. A state-changing call on the session also needs the session's
 * CSRF token ({@link CsrfGuard}); a Basic call carries its own credentials and needs none.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String PUBLIC_PATH = "/api/deadlines";
  private static final String CHALLENGE = "Basic realm=\"FOI Flow\"";
  private static final String REFUSAL = "{\"error\":\"authentication required\"}";

  private final IdentityService identityService;
  private final String engineName;

  ApiAuthenticationFilter(ProcessEngine processEngine) {
    this.identityService = processEngine.getIdentityService();
    this.engineName = processEngine.getName();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // Untrusted text comes back as JSON or CSV: never let a browser sniff it as HTML.
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (isPublic(request)) {
      chain.doFilter(request, response);
      return;
    }
    Optional<Caller> caller = fromWebappSession(request).or(() -> fromBasicCredentials(request));
    if (caller.isEmpty()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
      refuse(response, HttpServletResponse.SC_UNAUTHORIZED, REFUSAL);
      return;
    }
    if (!CsrfGuard.allows(request, caller.get().bySession())) {
      refuse(response, HttpServletResponse.SC_FORBIDDEN, CsrfGuard.REFUSAL);
      return;
    }
    identityService.setAuthentication(caller.get().userId(), caller.get().groupIds(), caller.get().tenantIds());
    try {
      chain.doFilter(request, response);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Servlet path + path info is the container-normalised path, so `..` tricks can't sneak in. */
  private static boolean isPublic(HttpServletRequest request) {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    return path.equals(PUBLIC_PATH) || path.startsWith(PUBLIC_PATH + "/");
  }

  private Optional<Caller> fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false); // API calls must not open sessions
    if (session == null) {
      return Optional.empty();
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications.getAuthenticationForProcessEngine(engineName)
        instanceof UserAuthentication user) {
      return Optional.of(
          new Caller(user.getIdentityId(), orEmpty(user.getGroupIds()), orEmpty(user.getTenantIds()), true));
    }
    return Optional.empty();
  }

  private Optional<Caller> fromBasicCredentials(HttpServletRequest request) {
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
    // checkPassword also applies the engine's login-attempt throttling and lockout.
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

  private static void refuse(HttpServletResponse response, int status, String json) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json);
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }

  /** bySession: logged in through a webapp, so a browser may send the call on its own (CSRF). */
  private record Caller(String userId, List<String> groupIds, List<String> tenantIds, boolean bySession) {}
}
