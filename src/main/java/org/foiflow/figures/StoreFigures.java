package org.foiflow.figures;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.VariableMap;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.form.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * Task_StoreFigures: stores the figures recorded with the response, linked to the request
 * reference and the authority. Other responses carry none, and then nothing is stored.
 */
@Component("storeFigures")
class StoreFigures implements JavaDelegate {

  private final FigureRules rules = new FigureRules();
  private final FigureStore store;
  private final Today today;

  StoreFigures(FigureStore store, Today today) {
    this.store = store;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // The same reading as the form check, which already passed: a problem here is a bug. The
    // figures belong to this request, whatever a submission said: its business key is the reference.
    // The variables stay serialized, so that the figures are read from their JSON text, digit for digit.
    VariableMap variables = execution.getVariablesTyped(false);
    variables.putValue(RequestVariables.REFERENCE.name(), execution.getProcessBusinessKey());
    SubmittedForm recorded = new SubmittedForm(variables, Map.of(), today.date());
    List<Figure> figures = rules.check(recorded, RequestVariables.RESPONSE.get(execution));
    if (!recorded.problems().isEmpty()) {
      throw new IllegalStateException("figures of " + execution.getProcessBusinessKey() + ": " + recorded.problems());
    }
    store.add(figures, today.now().toOffsetDateTime());
  }
}
