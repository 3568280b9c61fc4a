package org.foiflow.request;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_RestartClock: FOIA s.1(3) and s.10(6)(b), FOISA s.10(1)(b), EIR reg 9(4): a new full
 * response period runs from the day the clarification is received.
 */
@Component("restartClock")
class RestartClock implements JavaDelegate, RunningDeadline {

  private final StatutoryClock clock;

  RestartClock(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    respond(execution);
  }

  @Override
  public String taskKey() {
    return "Task_RecordResponse";
  }

  @Override
  public List<String> variables() {
    return List.of("statutoryDueDate", "outerLimitDate");
  }

  @Override
  public String wording() {
    return "is now due on";
  }

  /** The response period from receipt or clarification, without fee pauses; an extended date stays, it is the authority's. */
  @Override
  public void recompute(VariableScope request) {
    if (request.getVariable("extensionLimitDate") == null) {
      respond(request);
    }
  }

  private void respond(VariableScope request) {
    var events = RequestVariables.events(request);
    RequestVariables.setDate(request, "clockStartDate", events.clockStart());
    RequestVariables.setResponseDue(request, clock.responseDue(RequestVariables.regime(request), events));
  }
}
