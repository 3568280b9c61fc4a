package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_ResumeClock: the fee is paid; the days from notice to payment do not count (FOIA s.10(2),
 * FOISA s.10(2), EIR reg 8), nor those of any earlier paid notice.
 */
@Component("resumeClock")
class ResumeClock implements JavaDelegate {

  private final StatutoryClock clock;

  ResumeClock(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ClockVariables.keepFeePause(execution); // a later fees notice must not wipe this pause
    ClockVariables.setResponseDue(execution, clock.responseDue(RequestVariables.REGIME.require(execution), ClockVariables.events(execution)));
  }
}
