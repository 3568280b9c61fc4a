package org.foiflow.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.request.RequestVariables;
import org.foiflow.request.Today;
import org.springframework.stereotype.Component;

/**
 * Task_OpenComplaintWindow: the last day to complain to the regulator: ICO six weeks after the
 * review outcome; Scottish Information Commissioner 6 months (FOISA s.47(4)). With no review
 * outcome: FOISA s.47(4)(b), from the end of the review period; the ICO, from the day the requester
 * recorded that none came. Regimes without a
 * regulator in the reference (US, Ireland) get none, and the request closes after the review.
 */
@Component("openComplaintWindow")
class OpenComplaintWindow implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;
  private final Today today;

  OpenComplaintWindow(StatutoryClock clock, Today today) {
    this.clock = clock;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    open(execution, today.date());
  }

  @Override
  public String taskKey() {
    return "Task_DecideComplaint";
  }

  @Override
  public List<String> variables() {
    return List.of("complaintDeadline");
  }

  @Override
  public String wording() {
    return "may be taken to the regulator until";
  }

  /**
   * Again from the review outcome or, without one, the end of the review period; the day the
   * requester recorded that no outcome came is not kept, so that window (the ICO's) stays.
   */
  @Override
  public void recompute(VariableScope request) {
    open(request, null);
  }

  private void open(VariableScope request, LocalDate recorded) {
    LocalDate outcome = "NO_RESPONSE".equals(request.getVariable("reviewOutcome"))
        ? null
        : RequestVariables.date(request, "reviewOutcomeDate");
    var regime = RequestVariables.regime(request);
    Optional<LocalDate> deadline =
        outcome != null
            ? clock.regulatorComplaintDeadline(regime, outcome)
            : clock.regulatorComplaintDeadlineWithoutOutcome(regime, RequestVariables.date(request, "reviewDueDate"), recorded);
    if (deadline.isPresent() || recorded != null) {
      RequestVariables.setDate(request, "complaintDeadline", deadline);
    }
  }
}
