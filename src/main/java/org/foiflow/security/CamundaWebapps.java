package org.foiflow.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/** The Camunda webapps (Cockpit, Tasklist, Admin) live under /camunda and set their own headers. */
final class CamundaWebapps {

  private CamundaWebapps() {}

  /** Servlet path + path info is the container-normalised path, so `..` cannot dodge the check. */
  static boolean serve(HttpServletRequest request) {
    String path = request.getServletPath() + Optional.ofNullable(request.getPathInfo()).orElse("");
    return path.startsWith("/camunda/");
  }
}
