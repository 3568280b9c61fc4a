package org.foiflow.request;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReviewWindow: the last day to ask for an internal review, counted from the response,
 * or, when the authority never answered, from the due date that passed (FOISA s.20(5)).
 */
@Component("openReviewWindow")
class OpenReviewWindow implements JavaDelegate {

  private final StatutoryClock clock;

  OpenReviewWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate from = RequestVariables.date(execution, "responseDate");
    if (from == null || "NO_RESPONSE".equals(execution.getVariable("response"))) {
      from = RequestVariables.requiredDate(execution, "statutoryDueDate");
    }
    LocalDate deadline =
        clock
            .reviewRequestDeadline(RequestVariables.regime(execution), from)
            .orElseThrow(() -> new IllegalStateException("the regime has no review window"));
    RequestVariables.setDate(execution, "reviewRequestDeadline", deadline);
  }
}
