package org.foiflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets the public deadline calculator and the list of holidays (GET only) through; everything else under /api needs either the
 * Camunda webapp session (so the Cockpit plugin can call us with the browser's login) or HTTP
 * Basic credentials checked against the engine's identity service. The caller becomes the
 * engine's authenticated user for the request, so `currentUser()` and the audit log see them, and
 * Camunda's authorizations apply. A state-changing call on the session also needs the session's
 * CSRF token ({@link CsrfGuard}); a Basic call carries its own credentials and needs none.
 */
class ApiAuthenticationFilter extends OncePerRequestFilter {

  static final String PUBLIC_PATH = "/api/deadlines";
  /** Public to read; adding and removing holidays needs an administrator. */
  static final String HOLIDAYS_PATH = "/api/holidays";
  private static final String REFUSAL = "{\"error\":\"authentication required\"}";

  private final Logins logins;

  ApiAuthenticationFilter(ProcessEngine processEngine) {
    this.logins = new Logins(processEngine);
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
    Optional<Caller> caller = logins.fromWebappSession(request).or(() -> logins.fromBasicCredentials(request));
    if (caller.isEmpty()) {
      // No WWW-Authenticate: a browser that is asked for Basic credentials keeps them and sends
      // them with every later request, cross-site ones too.
      Refusal.write(response, HttpServletResponse.SC_UNAUTHORIZED, REFUSAL);
      return;
    }
    if (!CsrfGuard.allows(request, caller.get().bySession())) {
      Refusal.write(response, HttpServletResponse.SC_FORBIDDEN, CsrfGuard.REFUSAL);
      return;
    }
    if (caller.get().bySession()) {
      CsrfGuard.handOut(request, response);
    }
    logins.runAs(caller.get(), () -> chain.doFilter(request, response));
  }

  /** Servlet path + path info is the container-normalised path, so `..` tricks can't sneak in. */
  private static boolean isPublic(HttpServletRequest request) {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    return path.equals(PUBLIC_PATH) || path.startsWith(PUBLIC_PATH + "/")
        || (path.equals(HOLIDAYS_PATH) && "GET".equals(request.getMethod()));
  }
}
