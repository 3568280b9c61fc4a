package org.foiflow.figures;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.form.SubmittedForm;
import org.foiflow.request.Today;
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
    // variables stay serialized, so that the figures are read from their JSON text, digit for digit.
    SubmittedForm recorded = new SubmittedForm(execution.getVariablesTyped(false), Map.of(), today.date());
    List<Figure> figures = rules.check(recorded, (String) execution.getVariable("response"));
    if (!recorded.problems().isEmpty()) {
      throw new IllegalStateException("figures of " + execution.getProcessBusinessKey() + ": " + recorded.problems());
    }
    store.add(figures, today.now().toOffsetDateTime());
  }
}
