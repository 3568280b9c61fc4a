package org.foiflow.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.reminder.DeadlineMoments;
import org.springframework.stereotype.Service;

/**
 * Lists open FOI requests with their nearest deadline, a page at a time: {@link OpenRequestOrder}
 * reads the page's requests, with their stage and deadline, from the open_request table; the
 * engine then reads just those requests and their variables, under the caller's authorizations. Three
 * queries whatever the number of open requests, each bounded by the page size.
 */
@Service
public class OpenRequestDeadlines {


  private final RuntimeService runtimeService;
  private final StatutoryClock clock;
  private final Today today;
  private final DeadlineMoments moments;
  private final OpenRequestOrder order;

  public OpenRequestDeadlines(
      RuntimeService runtimeService,
      StatutoryClock clock,
      Today today,
      DeadlineMoments moments,
      OpenRequestOrder order) {
    this.runtimeService = runtimeService;
    this.clock = clock;
    this.today = today;
    this.moments = moments;
    this.order = order;
  }

  /**
   * One page of the list, and the number of open requests in the whole list.
   *
   * @param readable the request instances the caller may read, empty when they may read all
   */
  public Page page(DeadlinePage page, Optional<Collection<String>> readable) {
    List<OpenRequestOrder.Listed> listed = order.page(page, readable);
    long total = listed.isEmpty() && page.firstResult() == 0 ? 0 : order.count(readable);
    if (listed.isEmpty()) {
      return new Page(List.of(), total);
    }
    Set<String> ids = listed.stream().map(OpenRequestOrder.Listed::processInstanceId).collect(Collectors.toSet());
    // Read again through the engine, so its authorizations have the last word on what is shown.
    Map<String, ProcessInstance> requests = new HashMap<>();
    for (ProcessInstance request : runtimeService.createProcessInstanceQuery().processInstanceIds(ids).list()) {
      requests.put(request.getId(), request);
    }
    if (requests.isEmpty()) {
      return new Page(List.of(), total);
    }
    Map<String, Map<String, Object>> variablesByInstance = requestVariables(requests.keySet());
    // Read from the engine's clock, so this agrees with the Tasklist filters' ${now()}.
    LocalDate date = today.date();

    List<RequestDeadline> deadlines =
        listed.stream()
            .filter(row -> requests.containsKey(row.processInstanceId()))
            .map(
                row ->
                    describe(
                        requests.get(row.processInstanceId()),
                        row,
                        variablesByInstance.getOrDefault(row.processInstanceId(), Map.of()),
                        date))
            .toList();
    return new Page(deadlines, total);
  }

  /** A page of open requests, earliest deadline first, and how many are open in all. */
  public record Page(List<RequestDeadline> requests, long total) {}

  private Map<String, Map<String, Object>> requestVariables(Set<String> requestIds) {
    List<VariableInstance> variables =
        runtimeService
            .createVariableInstanceQuery()
            .processInstanceIdIn(requestIds.toArray(String[]::new))
            .variableNameIn(
                RequestVariables.AUTHORITY_NAME.name(), RequestVariables.REGIME.name(), RequestVariables.DELIVERY_FAILED.name(),
                RequestVariables.BATCH_REFERENCE.name())
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list();
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable : variables) {
      // Only the request's own variables, not task-local or sub-scope ones of the same name.
      if (variable.getExecutionId().equals(variable.getProcessInstanceId()) && variable.getValue() != null) {
        byInstance
            .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
            .put(variable.getName(), variable.getValue());
      }
    }
    return byInstance;
  }

  private RequestDeadline describe(
      ProcessInstance request, OpenRequestOrder.Listed row, Map<String, Object> variables, LocalDate date) {
    Regime regime = RequestVariables.REGIME.in(variables);
    DeadlineStatus status =
        regime == null || row.deadline() == null
            ? null
            : DeadlineStatus.of(row.deadline(), date, clock.calendar(regime), moments.schedule(regime));
    return new RequestDeadline(
        request.getBusinessKey(),
        request.getId(),
        RequestVariables.AUTHORITY_NAME.in(variables),
        regime == null ? null : regime.name(),
        row.stage(),
        row.deadline(),
        status,
        Boolean.TRUE.equals(RequestVariables.DELIVERY_FAILED.in(variables)),
        RequestVariables.BATCH_REFERENCE.in(variables));
  }


}
