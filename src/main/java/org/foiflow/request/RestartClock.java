package org.foiflow.request;

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
  public List<ProcessVariable<LocalDate>> variables() {
    return List.of(RequestVariables.STATUTORY_DUE_DATE, RequestVariables.OUTER_LIMIT_DATE);
  }

  @Override
  public String wording() {
    return "is now due on";
  }

  /** The response period from receipt or clarification, without fee pauses; an extended date stays, it is the authority's. */
  @Override
  public void recompute(VariableScope request) {
    if (RequestVariables.EXTENSION_LIMIT_DATE.get(request) == null) {
      respond(request);
    }
  }

  private void respond(VariableScope request) {
    var events = ClockVariables.events(request);
    RequestVariables.CLOCK_START_DATE.set(request, events.clockStart());
    ClockVariables.setResponseDue(request, clock.responseDue(RequestVariables.REGIME.require(request), events));
  }
}
