package org.foiflow.request;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReviewWindow: the last day to ask for an internal review, counted from the response,
 * or, when the authority never answered, from the due date that passed; under FOISA s.20(5) never
 * from before the due date ({@link StatutoryClock#reviewRequestDeadline(org.foiflow.deadline.Regime, LocalDate, LocalDate)}).
 */
@Component("openReviewWindow")
class OpenReviewWindow implements JavaDelegate {

  private final StatutoryClock clock;

  OpenReviewWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate response = "NO_RESPONSE".equals(execution.getVariable("response"))
        ? null
        : RequestVariables.date(execution, "responseDate");
    LocalDate deadline =
        clock
            .reviewRequestDeadline(
                RequestVariables.regime(execution), response, RequestVariables.requiredDate(execution, "statutoryDueDate"))
            .orElseThrow(() -> new IllegalStateException("the regime has no review window"));
    RequestVariables.setDate(execution, "reviewRequestDeadline", deadline);
  }
}
