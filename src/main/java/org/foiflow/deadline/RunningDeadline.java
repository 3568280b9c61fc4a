package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.ProcessVariable;

/**
 * A deadline a waiting user task holds in process variables, which the step that set it can work
 * out again from the dates the request keeps: when the holidays change, every open clock is
 * worked out again (issue 15, rule 13) with the same rule as at first.
 */
public interface RunningDeadline {

  /** The user task that waits on the deadline, e.g. {@code Task_RecordResponse}. */
  String taskKey();

  /** The variables the deadline is kept in, the one the task is due on first. */
  List<ProcessVariable<LocalDate>> variables();

  /** How an email to the requester says the first variable's new date, e.g. "is now due on". */
  String wording();

  /** Sets {@link #variables()} again from the request's dates and the clock as it is now. */
  void recompute(VariableScope request);
}
