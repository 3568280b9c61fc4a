package org.foiflow.review;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
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
class OpenComplaintWindow implements JavaDelegate {

  private final StatutoryClock clock;
  private final Today today;

  OpenComplaintWindow(StatutoryClock clock, Today today) {
    this.clock = clock;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate outcome = "NO_RESPONSE".equals(RequestVariables.REVIEW_OUTCOME.get(execution))
        ? null
        : RequestVariables.REVIEW_OUTCOME_DATE.get(execution);
    var regime = RequestVariables.REGIME.require(execution);
    var deadline = outcome != null
        ? clock.regulatorComplaintDeadline(regime, outcome)
        : clock.regulatorComplaintDeadlineWithoutOutcome(regime, RequestVariables.REVIEW_DUE_DATE.get(execution), today.date());
    RequestVariables.COMPLAINT_DEADLINE.set(execution, deadline.orElse(null));
  }
}
