package org.foiflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.request.RequestVariables;
import org.springframework.stereotype.Component;

/** Task_OpenTribunalWindow: First-tier Tribunal appeal within 28 days of the decision notice. */
@Component("openTribunalWindow")
class OpenTribunalWindow implements JavaDelegate {

  private final StatutoryClock clock;

  OpenTribunalWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RequestVariables.setDate(
        execution,
        "tribunalDeadline",
        clock.tribunalDeadline(
            RequestVariables.regime(execution),
            RequestVariables.requiredDate(execution, "decisionNoticeDate")));
  }
}
