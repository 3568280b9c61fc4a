package org.foiflow.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.StatutoryClock;
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
    var deadline = clock.tribunalDeadline(
        RequestVariables.REGIME.require(execution), RequestVariables.DECISION_NOTICE_DATE.require(execution));
    RequestVariables.TRIBUNAL_DEADLINE.set(execution, deadline.orElse(null));
  }
}
