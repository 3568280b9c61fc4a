package org.foiflow.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * When "Record the authority's response" is created, gives its form the metrics already in use
 * (task variable {@code knownMetrics}, listed by the form above the figures), so that the same
 * question sent to many authorities ends up as one metric. A list, not a select in each figure:
 * Tasklist 7.24 cannot complete a form once a select inside a dynamic list has a value.
 */
@Component("offerKnownMetrics")
class OfferKnownMetrics implements TaskListener {

  static final String VARIABLE = "knownMetrics";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FigureStore store;

  OfferKnownMetrics(FigureStore store) {
    this.store = store;
  }

  @Override
  public void notify(DelegateTask task) {
    // {label, value}: what the form prints ({{label}}), and the shape of options in Camunda Forms.
    List<Map<String, String>> options =
        store.metrics().stream().map(metric -> Map.of("label", metric, "value", metric)).toList();
    task.setVariableLocal(VARIABLE, SpinValues.jsonValue(JSON.valueToTree(options).toString()).create());
  }
}
