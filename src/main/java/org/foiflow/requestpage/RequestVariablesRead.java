package org.foiflow.requestpage;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.foiflow.contract.ProcessVariable;

/**
 * Reads request variables from history (open and closed requests alike), under the caller's
 * authorizations: only each process instance's own variables, not task-local ones of the same
 * name, a thousand instances per query.
 */
final class RequestVariablesRead {

  private static final int CHUNK = 1000;

  private RequestVariablesRead() {}

  static Map<String, Map<String, Object>> byInstance(
      HistoryService history, Collection<String> instanceIds, List<ProcessVariable<?>> variables) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    List<String> ids = new ArrayList<>(instanceIds);
    String[] names = variables.stream().map(ProcessVariable::name).toArray(String[]::new);
    for (int from = 0; from < ids.size(); from += CHUNK) {
      String[] chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK)).toArray(String[]::new);
      var query = history.createHistoricVariableInstanceQuery().processInstanceIdIn(chunk).disableBinaryFetching();
      if (names.length > 0) {
        query.variableNameIn(names);
      }
      for (HistoricVariableInstance variable : query.list()) {
        // The process instance's own scope has the instance's id as its activity instance id.
        if (variable.getTaskId() == null
            && variable.getProcessInstanceId().equals(variable.getActivityInstanceId())
            && variable.getValue() != null) {
          byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
              .put(variable.getName(), variable.getValue());
        }
      }
    }
    return byInstance;
  }
}
