package org.foiflow.figures;

import static org.foiflow.contract.RequestVariables.AUTHORITY_NAME;
import static org.foiflow.contract.RequestVariables.REGIME;
import static org.foiflow.contract.RequestVariables.RESPONSE;
import static org.foiflow.contract.RequestVariables.RESPONSE_DATE;
import static org.foiflow.contract.RequestVariables.REVIEW_OUTCOME;
import static org.foiflow.contract.RequestVariables.REVIEW_REQUESTED_DATE;
import static org.foiflow.contract.RequestVariables.SENT_DATE;
import static org.foiflow.contract.RequestVariables.STATUTORY_DUE_DATE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.Today;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Service;

/**
 * Reads every FOI request, open or closed, from the engine's history and hands it to {@link
 * ResponseStatistics}, which counts working days with the statutory clock of each request's regime.
 */
@Service
public class ResponseHistory {

  private static final String[] VARIABLES = Stream.of(
          AUTHORITY_NAME, REGIME, SENT_DATE, STATUTORY_DUE_DATE, RESPONSE, RESPONSE_DATE, REVIEW_REQUESTED_DATE, REVIEW_OUTCOME)
      .map(ProcessVariable::name).toArray(String[]::new);
  // Keeps the IN (...) list of the variable query within what every database accepts.
  private static final int BATCH = 500;

  private final HistoryService historyService;
  private final ResponseStatistics statistics;
  private final Today today;

  public ResponseHistory(HistoryService historyService, StatutoryClock clock, Today today) {
    this.historyService = historyService;
    this.today = today;
    this.statistics = new ResponseStatistics((regime, from, to) -> clock.calendar(regime).workingDaysBetween(from, to));
  }

  public List<ResponseStatistics.AuthorityStatistics> statistics() {
    return statistics.of(requests(), today.date());
  }

  List<ResponseStatistics.RequestHistory> requests() {
    List<HistoricProcessInstance> instances =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.REQUEST_PROCESS).list();
    List<ResponseStatistics.RequestHistory> requests = new ArrayList<>();
    for (int start = 0; start < instances.size(); start += BATCH) {
      List<HistoricProcessInstance> batch = instances.subList(start, Math.min(instances.size(), start + BATCH));
      Map<String, Map<String, Object>> variables = variables(batch);
      for (HistoricProcessInstance instance : batch) {
        Map<String, Object> v = variables.getOrDefault(instance.getId(), Map.of());
        requests.add(
            new ResponseStatistics.RequestHistory(
                instance.getBusinessKey(), AUTHORITY_NAME.in(v), REGIME.in(v),
                SENT_DATE.in(v), STATUTORY_DUE_DATE.in(v), Objects.toString(RESPONSE.in(v), null),
                RESPONSE_DATE.in(v), REVIEW_REQUESTED_DATE.in(v), REVIEW_OUTCOME.in(v)));
      }
    }
    return requests;
  }

  private Map<String, Map<String, Object>> variables(List<HistoricProcessInstance> batch) {
    List<HistoricVariableInstance> found =
        historyService.createHistoricVariableInstanceQuery()
            .processInstanceIdIn(batch.stream().map(HistoricProcessInstance::getId).toArray(String[]::new))
            .variableNameIn(VARIABLES)
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list();
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (HistoricVariableInstance variable : found) {
      // The request's own variables, not task-local ones or those of a sub-scope with the same name.
      if (variable.getProcessInstanceId().equals(variable.getExecutionId()) && variable.getValue() != null) {
        byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>()).put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

}
