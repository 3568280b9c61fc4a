package org.foiflow.tracking;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.deadline.Regime;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.reminder.DeadlineMoments;
import org.foiflow.request.Today;
import org.springframework.stereotype.Service;

/**
 * Lists open FOI requests with their nearest deadline, a page at a time: {@link OpenRequestOrder}
 * picks the page's requests in deadline order, then the engine reads just those (under the
 * caller's authorizations): the requests, their open tasks found by reference so that tasks of
 * called review and complaint sub-processes (same business key) count too, the instances those
 * tasks belong to, and the requests' variables. Four engine queries whatever the number of open
 * requests, each bounded by the page size.
 */
@Service
public class OpenRequestDeadlines {

  private static final String AUTHORITY_NAME = "authorityName";
  private static final String REGIME = "regime";
  private static final String STATUS = "status";
  private static final String STATUTORY_DUE_DATE = "statutoryDueDate";

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final StatutoryClock clock;
  private final Today today;
  private final DeadlineMoments moments;
  private final TrackingProperties properties;
  private final OpenRequestOrder order;

  public OpenRequestDeadlines(
      RuntimeService runtimeService,
      TaskService taskService,
      StatutoryClock clock,
      Today today,
      DeadlineMoments moments,
      TrackingProperties properties,
      OpenRequestOrder order) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
    this.today = today;
    this.moments = moments;
    this.properties = properties;
    this.order = order;
  }

  /**
   * One page of the list, and the number of open requests in the whole list.
   *
   * @param readable the request instances the caller may read, empty when they may read all
   */
  public Page page(DeadlinePage page, Optional<Collection<String>> readable) {
    List<String> ids = order.ids(page, readable);
    long total = ids.isEmpty() && page.firstResult() == 0 ? 0 : order.count(readable);
    if (ids.isEmpty()) {
      return new Page(List.of(), total);
    }
    // Read again through the engine, so its authorizations have the last word on what is shown.
    Map<String, ProcessInstance> requests = new HashMap<>();
    for (ProcessInstance request : runtimeService.createProcessInstanceQuery().processInstanceIds(Set.copyOf(ids)).list()) {
      requests.put(request.getId(), request);
    }
    if (requests.isEmpty()) {
      return new Page(List.of(), total);
    }
    Set<String> references =
        requests.values().stream().map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).collect(Collectors.toSet());
    Map<String, Task> nearestTaskByReference = nearestOpenTasks(references);
    Map<String, Map<String, Object>> variablesByInstance = requestVariables(requests.keySet());
    // Read from the engine's clock, so this agrees with the Tasklist filters' ${now()}.
    LocalDate date = today.date();

    List<RequestDeadline> listed =
        ids.stream()
            .map(requests::get)
            .filter(Objects::nonNull)
            .map(
                request ->
                    describe(
                        request,
                        nearestTaskByReference.get(request.getBusinessKey()),
                        variablesByInstance.getOrDefault(request.getId(), Map.of()),
                        date))
            .toList();
    return new Page(listed, total);
  }

  /** A page of open requests, earliest deadline first, and how many are open in all. */
  public record Page(List<RequestDeadline> requests, long total) {}

  private Map<String, Task> nearestOpenTasks(Set<String> references) {
    if (references.isEmpty()) {
      return Map.of();
    }
    String[] keys = properties.processKeys().toArray(String[]::new);
    List<Task> tasks =
        taskService
            .createTaskQuery()
            .processDefinitionKeyIn(keys)
            .processInstanceBusinessKeyIn(references.toArray(String[]::new))
            .list();
    if (tasks.isEmpty()) {
      return Map.of();
    }
    Map<String, String> referenceByInstance = new HashMap<>();
    Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
      referenceByInstance.put(instance.getId(), instance.getBusinessKey());
    }
    Map<String, Task> nearest = new HashMap<>();
    for (Task task : tasks) {
      String reference = referenceByInstance.get(task.getProcessInstanceId());
      if (reference != null) {
        nearest.merge(reference, task, OpenRequestDeadlines::earlierDue);
      }
    }
    return nearest;
  }

  private Map<String, Map<String, Object>> requestVariables(Set<String> requestIds) {
    List<VariableInstance> variables =
        runtimeService
            .createVariableInstanceQuery()
            .processInstanceIdIn(requestIds.toArray(String[]::new))
            .variableNameIn(AUTHORITY_NAME, REGIME, STATUS, STATUTORY_DUE_DATE)
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
      ProcessInstance request, Task nearestTask, Map<String, Object> variables, LocalDate date) {
    String stage;
    LocalDate due;
    if (nearestTask != null && nearestTask.getDueDate() != null) {
      stage = nearestTask.getName();
      due = toLocalDate(nearestTask.getDueDate());
    } else {
      // Waiting without a dated task (e.g. on a timer or message): fall back to the request itself.
      stage = nearestTask != null ? nearestTask.getName() : text(variables.get(STATUS));
      due = parseDate(variables.get(STATUTORY_DUE_DATE));
    }
    String regimeName = text(variables.get(REGIME));
    Regime regime = parseRegime(regimeName);
    DeadlineStatus status =
        regime == null || due == null
            ? null
            : DeadlineStatus.of(due, date, clock.calendar(regime), moments.schedule());
    return new RequestDeadline(
        request.getBusinessKey(),
        request.getId(),
        text(variables.get(AUTHORITY_NAME)),
        regimeName,
        stage,
        due,
        status);
  }

  private static Task earlierDue(Task current, Task candidate) {
    if (current.getDueDate() == null) {
      return candidate;
    }
    if (candidate.getDueDate() == null) {
      return current;
    }
    return candidate.getDueDate().before(current.getDueDate()) ? candidate : current;
  }

  /** Task due dates are instants (the end of the statutory day in the requesters' zone). */
  private LocalDate toLocalDate(Date date) {
    return LocalDate.ofInstant(date.toInstant(), today.zone());
  }

  private LocalDate parseDate(Object value) {
    if (value instanceof Date date) {
      return toLocalDate(date);
    }
    if (value instanceof String text && !text.isBlank()) {
      try {
        return LocalDate.parse(text.trim());
      } catch (java.time.format.DateTimeParseException notAnIsoDate) {
        return null;
      }
    }
    return null;
  }

  private static Regime parseRegime(String name) {
    if (name == null) {
      return null;
    }
    try {
      return Regime.valueOf(name);
    } catch (IllegalArgumentException unknownRegime) {
      return null;
    }
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
