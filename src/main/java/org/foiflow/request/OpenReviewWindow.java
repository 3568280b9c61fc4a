package org.foiflow.request;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Response;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReviewWindow: the last day to ask for an internal review, counted from the response,
 * or, when the authority never answered, from the due date that passed; under FOISA s.20(5) never
 * from before the due date ({@link StatutoryClock#reviewRequestDeadline(org.foiflow.contract.Regime, LocalDate, LocalDate)}).
 */
@Component("openReviewWindow")
class OpenReviewWindow implements JavaDelegate {

  private final StatutoryClock clock;

  OpenReviewWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate response = RequestVariables.RESPONSE.get(execution) == Response.NO_RESPONSE
        ? null
        : RequestVariables.RESPONSE_DATE.get(execution);
    LocalDate deadline =
        clock
            .reviewRequestDeadline(
                RequestVariables.REGIME.require(execution), response, RequestVariables.STATUTORY_DUE_DATE.require(execution))
            .orElseThrow(() -> new IllegalStateException("the regime has no review window"));
    RequestVariables.REVIEW_REQUEST_DEADLINE.set(execution, deadline);
  }
}
