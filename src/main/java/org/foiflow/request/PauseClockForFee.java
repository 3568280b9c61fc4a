package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_PauseClockForFee: FOIA s.9(2) and s.10(2): the clock stops on the day the fees notice is
 * given; unpaid by the end of three months beginning with that day, the request lapses.
 */
@Component("pauseClockForFee")
class PauseClockForFee implements JavaDelegate {

  private final StatutoryClock clock;

  PauseClockForFee(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var noticeGiven = RequestVariables.RESPONSE_DATE.require(execution);
    RequestVariables.FEE_NOTICE_DATE.set(execution, noticeGiven);
    RequestVariables.FEE_PAID_DATE.set(execution, null);
    RequestVariables.FEE_LAPSE_DATE.set(execution, clock.feeLapse(RequestVariables.REGIME.require(execution), noticeGiven).orElse(null));
  }
}
