package org.foiflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A requester who opens Cockpit or Admin gets FOI Flow's page saying what they can do instead
 * (their requests, Tasklist), with 403, rather than Camunda's app starting up blank. Only the
 * apps' pages are answered so; their scripts and APIs refuse as Camunda does.
 */
class NotForYouFilter extends OncePerRequestFilter {

  static final String PAGE = "static/requests/not-for-you.html";

  // The app's page: /camunda/app/cockpit/, /camunda/app/cockpit/default/ (and index.html).
  private static final Pattern APP_PAGE = Pattern.compile("/camunda/app/(cockpit|admin)/([^/]+/)?(index\\.html)?");

  private final Logins logins;
  private final byte[] page;

  NotForYouFilter(ProcessEngine processEngine) {
    this.logins = new Logins(processEngine);
    try (InputStream in = NotForYouFilter.class.getClassLoader().getResourceAsStream(PAGE)) {
      this.page = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    Matcher appPage = APP_PAGE.matcher(path);
    if ("GET".equals(request.getMethod()) && appPage.matches() && logins.signedInButNotFor(request, appPage.group(1))) {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/html;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.getOutputStream().write(page);
      return;
    }
    chain.doFilter(request, response);
  }
}
