package org.foiflow.request;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Response;
import org.springframework.stereotype.Component;

/**
 * The diagram routes "What did the authority do?" on what the recorded answer means, e.g. {@code
 * ${recordedResponse.of(execution).opensReview()}}, not on the codes spelt out again.
 */
@Component("recordedResponse")
public class RecordedResponse {

  public Response of(DelegateExecution execution) {
    return RequestVariables.RESPONSE.require(execution);
  }
}
