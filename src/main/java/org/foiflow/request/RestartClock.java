package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_RestartClock: FOIA s.1(3) and s.10(6)(b), FOISA s.10(1)(b), EIR reg 9(4): a new full
 * response period runs from the day the clarification is received.
 */
@Component("restartClock")
class RestartClock implements JavaDelegate {

  private final StatutoryClock clock;

  RestartClock(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var events = ClockVariables.events(execution);
    RequestVariables.CLOCK_START_DATE.set(execution, events.clockStart());
    ClockVariables.setResponseDue(execution, clock.responseDue(RequestVariables.REGIME.require(execution), events));
  }
}
