package org.foiflow.request;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
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
    var noticeGiven = RequestVariables.requiredDate(execution, "responseDate");
    RequestVariables.setDate(execution, "feeNoticeDate", noticeGiven);
    RequestVariables.setDate(execution, "feePaidDate", (java.time.LocalDate) null);
    recompute(execution);
  }

  @Override
  public String taskKey() {
    return "Task_PayOrDeclineFee";
  }

  @Override
  public List<String> variables() {
    return List.of("feeLapseDate");
  }

  @Override
  public String wording() {
    return "lapses unless the fee is paid by";
  }

  /** EIR reg 8's 60 working days count holidays out; the other regimes' months do not move. */
  @Override
  public void recompute(VariableScope request) {
    RequestVariables.setDate(
        request, "feeLapseDate",
        clock.feeLapse(RequestVariables.regime(request), RequestVariables.requiredDate(request, "feeNoticeDate")));
  }
}
