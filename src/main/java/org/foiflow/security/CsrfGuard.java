package org.foiflow.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Cross-site request forgery checks for state-changing /api calls. On the Camunda webapp session
 * the call must carry the session's CSRF token as X-XSRF-TOKEN: Camunda's CsrfPreventionFilter
 * keeps it in the session and hands it to the page, and a cross-site form cannot read it. Basic
 * calls are scripts' and need no token; but a browser that cached Basic credentials would send
 * them cross-site too, so a call its browser marks as cross-site (Sec-Fetch-Site, or an Origin
 * that is not this server's) is refused. The engine REST API gets the same refusal
 * ({@link EngineDoorFilter}).
 */
final class CsrfGuard {

  static final String REFUSAL =
      "{\"error\":\"cross-site request refused: send the CSRF token of your Camunda session as X-XSRF-TOKEN\"}";
  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
  private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

  private CsrfGuard() {}

  static boolean allows(HttpServletRequest request, boolean bySession) {
    if (!changesState(request)) {
      return true;
    }
    return !crossSite(request) && (!bySession || sessionTokenSent(request));
  }

  /**
   * Puts the session's token on the answer to a session call, for FOI Flow's own pages (page.js):
   * Camunda hands it out only once, on the webapp call that creates it, in a cookie whose path is
   * the webapps' (/camunda). Only a page of this site can read an answer's headers.
   */
  static void handOut(HttpServletRequest request, HttpServletResponse response) {
    HttpSession session = request.getSession(false);
    if (session != null && session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME) instanceof String token) {
      response.setHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME, token);
    }
  }

  static boolean changesState(HttpServletRequest request) {
    return !SAFE_METHODS.contains(request.getMethod());
  }

  /**
   * True when the browser says another site made the call: Sec-Fetch-Site (every current browser
   * sends it), else an Origin other than the address the call was sent to (older browsers).
   * Scripts send neither.
   */
  static boolean crossSite(HttpServletRequest request) {
    String fetchSite = request.getHeader("Sec-Fetch-Site");
    if (fetchSite != null) {
      return !OWN_SITE.contains(fetchSite);
    }
    String origin = request.getHeader("Origin");
    if (origin == null) {
      return false;
    }
    try {
      URI from = new URI(origin);
      String host = request.getHeader("Host");
      return from.getHost() == null || host == null || !from.getAuthority().equalsIgnoreCase(host);
    } catch (URISyntaxException malformed) {
      return true;
    }
  }

  private static boolean sessionTokenSent(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected instanceof String token
        && sent != null
        && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }
}
