package org.foiflow.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Spring's /error, where the container sends every error that has no body of its own: a JSON line
 * whatever the caller accepts, never the Whitelabel page, an exception's text or its class. Asked
 * for directly, /error is just a path that does not exist.
 */
@Controller
class JsonErrorController implements ErrorController {

  @RequestMapping("/error")
  void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code
        ? code
        : HttpServletResponse.SC_NOT_FOUND;
    Refusal.write(response, status, ErrorBody.forStatus(status));
  }
}
