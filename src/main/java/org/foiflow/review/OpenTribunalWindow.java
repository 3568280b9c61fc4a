package org.foiflow.review;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.request.RequestVariables;
import org.springframework.stereotype.Component;

/** Task_OpenTribunalWindow: First-tier Tribunal appeal within 28 days of the decision notice. */
@Component("openTribunalWindow")
class OpenTribunalWindow implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;

  OpenTribunalWindow(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    recompute(execution);
  }

  @Override
  public String taskKey() {
    return "Task_DecideTribunalAppeal";
  }

  @Override
  public List<String> variables() {
    return List.of("tribunalDeadline");
  }

  @Override
  public String wording() {
    return "may be appealed to the tribunal until 5pm on";
  }

  /** A last day that is no longer (or now is) a working day in England and Wales moves (GRC Rules r.12(3)). */
  @Override
  public void recompute(VariableScope execution) {
    RequestVariables.setDate(
        execution,
        "tribunalDeadline",
        clock.tribunalDeadline(
            RequestVariables.regime(execution),
            RequestVariables.requiredDate(execution, "decisionNoticeDate")));
  }
}
