package org.foiflow.review;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_StartReviewClock: when the review outcome is due (FOIA Code: 20 WD, 40 at most; EIR reg
 * 11(4): 40 WD; FOISA s.21(1): 20 WD), and when the requester may go to the regulator without one.
 */
@Component("startReviewClock")
class StartReviewClock implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;

  StartReviewClock(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recompute(execution);
  }

  @Override
  public String taskKey() {
    return "Task_RecordReviewOutcome";
  }

  @Override
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.REVIEW_DUE_DATE, RequestVariables.REVIEW_MAX_DUE_DATE);
  }

  @Override
  public String wording() {
    return "should have its internal review answered by";
  }

  @Override
  public void recompute(VariableScope execution) {
    Regime regime = RequestVariables.REGIME.require(execution);
    LocalDate requested = RequestVariables.REVIEW_REQUESTED_DATE.require(execution);
    LocalDate due =
        clock
            .reviewResponseDue(regime, requested)
            .orElseThrow(() -> new IllegalStateException(regime + " has no review response period"));
    RequestVariables.REVIEW_DUE_DATE.set(execution, due);
    // Without a separate maximum (EIR, FOISA) the due date is the latest the outcome may come.
    LocalDate latest =
        clock.regulatorNoReviewOutcomeDate(regime, requested)
            .or(() -> clock.reviewResponseMax(regime, requested))
            .orElse(due);
    RequestVariables.REVIEW_MAX_DUE_DATE.set(execution, latest);
  }
}
