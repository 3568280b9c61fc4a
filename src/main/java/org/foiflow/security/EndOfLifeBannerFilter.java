package org.foiflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda 7.24's webapps open with a red "It is time to migrate to Camunda 8" banner. A requester
 * can do nothing about it, so Tasklist's and Welcome's user stylesheet hides it for anyone but an
 * administrator (whoever may open Camunda Admin), who decides about upgrades. The webapps load
 * the stylesheet with the page, before a login in the page itself: an administrator sees the
 * banner from the next page load.
 */
class EndOfLifeBannerFilter extends OncePerRequestFilter {

  /** The user stylesheets of the apps a requester opens. */
  static final String[] USER_STYLES = {
    "/camunda/app/tasklist/styles/user-styles.css", "/camunda/app/welcome/styles/user-styles.css"
  };

  // The banner's element in Camunda's header template (camunda-commons-ui, 7.24).
  static final String HIDE_BANNER =
      "\n/* FOI Flow: the Camunda 8 migration banner is for administrators */\n.ce-eol-banner { display: none !important; }\n";

  private final Logins logins;

  EndOfLifeBannerFilter(ProcessEngine processEngine) {
    this.logins = new Logins(processEngine);
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper original = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, original);
    // Never cached: the same address answers differently for an administrator.
    original.setHeader("Cache-Control", "no-store");
    if (original.getStatus() == HttpServletResponse.SC_OK && !logins.signedInFor(request, "admin")) {
      byte[] styles = (new String(original.getContentAsByteArray(), StandardCharsets.UTF_8) + HIDE_BANNER)
          .getBytes(StandardCharsets.UTF_8);
      original.resetBuffer();
      original.getOutputStream().write(styles);
    }
    original.copyBodyToResponse();
  }
}
