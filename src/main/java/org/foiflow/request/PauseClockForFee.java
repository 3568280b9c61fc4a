package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
    var noticeGiven = RequestVariables.requiredDate(execution, "responseDate");
    RequestVariables.setDate(execution, "feeNoticeDate", noticeGiven);
    RequestVariables.setDate(execution, "feePaidDate", (java.time.LocalDate) null);
    RequestVariables.setDate(
        execution, "feeLapseDate", clock.feeLapse(RequestVariables.regime(execution), noticeGiven));
  }
}
