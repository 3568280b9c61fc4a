package org.foiflow.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A form refused at the engine's door (engine REST and the API Tasklist calls) comes back from
 * Camunda as "Cannot instantiate process definition foi-request:1:6f1c…: requesterEmail is not a
 * valid email address". Tasklist shows that line as it is: the engine's words and the definition's
 * id are cut, so that the person reads only what is wrong with their form.
 */
class FormRefusalMessages extends OncePerRequestFilter {

  /** Camunda's wording in ProcessDefinitionResourceImpl and TaskResourceImpl (checked on 7.24). */
  static final Pattern ENGINE_PREFIX = Pattern.compile("^(Cannot instantiate process definition|Cannot submit task form) \\S+: ");

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !("POST".equals(request.getMethod()) && request.getRequestURI().endsWith("/submit-form"));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var answer = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, answer);
    if (answer.getStatus() == HttpStatus.BAD_REQUEST.value() && answer.getContentSize() > 0) {
      byte[] plain = withoutEnginePrefix(answer.getContentAsByteArray());
      if (plain != null) {
        answer.resetBuffer();
        answer.getOutputStream().write(plain);
      }
    }
    answer.copyBodyToResponse();
  }

  /** The body with the message's prefix cut, or null to leave the body as it was. */
  byte[] withoutEnginePrefix(byte[] body) {
    try {
      JsonNode error = json.readTree(body);
      if (error instanceof ObjectNode fields && fields.path("message").isTextual()) {
        String message = fields.get("message").asText();
        String plain = ENGINE_PREFIX.matcher(message).replaceFirst("");
        if (!plain.equals(message)) {
          fields.put("message", plain);
          return json.writeValueAsBytes(fields);
        }
      }
    } catch (IOException notJson) {
      // Not Camunda's JSON error: nothing to cut.
    }
    return null;
  }
}
