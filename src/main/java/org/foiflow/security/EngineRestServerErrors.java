package org.foiflow.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;

/**
 * Camunda's REST API answers a server error with the exception's message, which for an internal
 * failure can run over many lines of engine detail: only its first line is kept.
 */
class EngineRestServerErrors implements ContainerResponseFilter {

  static final int LONGEST_MESSAGE = 300;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() >= 500 && response.getEntity() instanceof ExceptionDto error && error.getMessage() != null) {
      error.setMessage(oneLine(error.getMessage()));
    }
  }

  static String oneLine(String message) {
    String first = message.strip().lines().findFirst().orElse("").strip();
    return first.length() <= LONGEST_MESSAGE ? first : first.substring(0, LONGEST_MESSAGE) + "…";
  }
}
