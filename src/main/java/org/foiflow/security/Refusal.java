package org.foiflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;

/** A refused call's answer: JSON with one line a person can read, shaped like Camunda REST's errors. */
final class Refusal {

  private static final ObjectMapper JSON = new ObjectMapper();

  private Refusal() {}

  static void send(HttpServletResponse response, int status, String type, String message) throws IOException {
    write(response, status, JSON.writeValueAsString(Map.of("type", type, "message", message)));
  }

  /** Answers {@code status} with a JSON body already written out. */
  static void write(HttpServletResponse response, int status, String json) throws IOException {
    response.setStatus(status);
    response.setContentType(MediaType.APPLICATION_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json);
  }
}
