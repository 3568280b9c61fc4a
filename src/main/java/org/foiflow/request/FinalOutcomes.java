package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Every end event of foi-request calls {@code ${finalOutcome.record(execution, 'STAGE')}}. */
@Component("finalOutcome")
public class FinalOutcomes {

  public void record(DelegateExecution execution, String stage) {
    String outcome =
        Outcome.of(
            Outcome.Stage.valueOf(stage),
            (String) execution.getVariable("response"),
            (String) execution.getVariable("reviewOutcome"),
            (String) execution.getVariable("regulatorDecision"),
            (String) execution.getVariable("tribunalDecision"));
    execution.getProcessInstance().setVariable("outcome", outcome);
    execution.getProcessInstance().setVariable("status", "CLOSED");
  }
}
