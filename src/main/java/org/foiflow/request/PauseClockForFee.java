package org.foiflow.request;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_PauseClockForFee: FOIA s.9(2) and s.10(2): the clock stops on the day the fees notice is
 * given; unpaid by the end of three months beginning with that day, the request lapses.
 */
@Component("pauseClockForFee")
class PauseClockForFee implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;

  PauseClockForFee(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var noticeGiven = RequestVariables.RESPONSE_DATE.require(execution);
    RequestVariables.FEE_NOTICE_DATE.set(execution, noticeGiven);
    RequestVariables.FEE_PAID_DATE.set(execution, (java.time.LocalDate) null);
    recompute(execution);
  }

  @Override
  public String taskKey() {
    return "Task_PayOrDeclineFee";
  }

  @Override
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.FEE_LAPSE_DATE);
  }

  @Override
  public String wording() {
    return "lapses unless the fee is paid by";
  }

  /** EIR reg 8's 60 working days count holidays out; the other regimes' months do not move. */
  @Override
  public void recompute(VariableScope request) {
    RequestVariables.FEE_LAPSE_DATE.set(request, clock.feeLapse(RequestVariables.REGIME.require(request), RequestVariables.FEE_NOTICE_DATE.require(request)).orElse(null));
  }
}
