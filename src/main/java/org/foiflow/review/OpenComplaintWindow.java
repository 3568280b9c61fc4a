package org.foiflow.review;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
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
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.COMPLAINT_DEADLINE);
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
    LocalDate outcome = "NO_RESPONSE".equals(RequestVariables.REVIEW_OUTCOME.get(request))
        ? null
        : RequestVariables.REVIEW_OUTCOME_DATE.get(request);
    var regime = RequestVariables.REGIME.require(request);
    Optional<LocalDate> deadline =
        outcome != null
            ? clock.regulatorComplaintDeadline(regime, outcome)
            : clock.regulatorComplaintDeadlineWithoutOutcome(regime, RequestVariables.REVIEW_DUE_DATE.get(request), recorded);
    if (deadline.isPresent() || recorded != null) {
      RequestVariables.COMPLAINT_DEADLINE.set(request, deadline.orElse(null));
    }
  }
}
