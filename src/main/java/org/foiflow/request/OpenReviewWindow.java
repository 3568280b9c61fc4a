package org.foiflow.request;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_OpenReviewWindow: the last day to ask for an internal review, counted from the response,
 * or, when the authority never answered, from the due date that passed; under FOISA s.20(5) never
 * from before the due date ({@link StatutoryClock#reviewRequestDeadline(org.foiflow.deadline.Regime, LocalDate, LocalDate)}).
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
  public List<String> variables() {
    return List.of("reviewRequestDeadline");
  }

  @Override
  public String wording() {
    return "may be taken to an internal review until";
  }

  @Override
  public void recompute(VariableScope request) {
    LocalDate response = "NO_RESPONSE".equals(request.getVariable("response"))
        ? null
        : RequestVariables.date(request, "responseDate");
    LocalDate deadline =
        clock
            .reviewRequestDeadline(
                RequestVariables.regime(request), response, RequestVariables.requiredDate(request, "statutoryDueDate"))
            .orElseThrow(() -> new IllegalStateException("the regime has no review window"));
    RequestVariables.setDate(request, "reviewRequestDeadline", deadline);
  }
}
