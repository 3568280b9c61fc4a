package org.foiflow.admin;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Start-up fails with the refusal's one line instead of a wall of stack trace. */
class AdminPasswordRefusedAnalyzer extends AbstractFailureAnalyzer<AdminPasswordRefused> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordRefused cause) {
    return new FailureAnalysis(
        cause.getMessage(),
        "Choose another FOIFLOW_ADMIN_PASSWORD, or leave it unset and FOI Flow generates one.",
        cause);
  }
}
