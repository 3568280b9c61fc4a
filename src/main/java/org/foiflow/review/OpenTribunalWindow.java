package org.foiflow.review;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
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
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.TRIBUNAL_DEADLINE);
  }

  @Override
  public String wording() {
    return "may be appealed to the tribunal until 5pm on";
  }

  /** A last day that is no longer (or now is) a working day in England and Wales moves (GRC Rules r.12(3)). */
  @Override
  public void recompute(VariableScope execution) {
    var deadline = clock.tribunalDeadline(
        RequestVariables.REGIME.require(execution), RequestVariables.DECISION_NOTICE_DATE.require(execution));
    RequestVariables.TRIBUNAL_DEADLINE.set(execution, deadline.orElse(null));
  }
}
