package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.foiflow.contract.RequestVariables;
import org.springframework.stereotype.Component;

/** Every end event of foi-request calls {@code ${finalOutcome.record(execution, 'STAGE')}}. */
@Component("finalOutcome")
public class FinalOutcomes {

  public void record(DelegateExecution execution, String stage) {
    String outcome =
        Outcome.of(
            Outcome.Stage.valueOf(stage),
            RequestVariables.RESPONSE.get(execution),
            RequestVariables.REVIEW_OUTCOME.get(execution),
            RequestVariables.REGULATOR_DECISION.get(execution),
            RequestVariables.TRIBUNAL_DECISION.get(execution));
    RequestVariables.OUTCOME.set(execution.getProcessInstance(), outcome);
    RequestVariables.STATUS.set(execution.getProcessInstance(), "CLOSED");
  }
}
