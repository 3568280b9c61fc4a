package org.foiflow.request;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Response;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReviewWindow: the last day to ask for an internal review, counted from the response,
 * or, when the authority never answered, from the due date that passed; under FOISA s.20(5) never
 * from before the due date ({@link StatutoryClock#reviewRequestDeadline(org.foiflow.contract.Regime, LocalDate, LocalDate)}).
 */
@Component("openReviewWindow")
class OpenReviewWindow implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;

  OpenReviewWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recompute(execution);
  }

  @Override
  public String taskKey() {
    return "Task_DecideReview";
  }

  @Override
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.REVIEW_REQUEST_DEADLINE);
  }

  @Override
  public String wording() {
    return "may be taken to an internal review until";
  }

  @Override
  public void recompute(VariableScope request) {
    LocalDate response = RequestVariables.RESPONSE.get(request) == Response.NO_RESPONSE
        ? null
        : RequestVariables.RESPONSE_DATE.get(request);
    LocalDate deadline =
        clock
            .reviewRequestDeadline(
                RequestVariables.REGIME.require(request), response, RequestVariables.STATUTORY_DUE_DATE.require(request))
            .orElseThrow(() -> new IllegalStateException("the regime has no review window"));
    RequestVariables.REVIEW_REQUEST_DEADLINE.set(request, deadline);
  }
}
