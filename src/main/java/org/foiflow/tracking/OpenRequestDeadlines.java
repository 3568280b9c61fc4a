package org.foiflow.tracking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Lists every open FOI request with its nearest deadline. Four queries whatever the number of
 * requests: the open request instances; their open tasks, found by reference so that tasks of
 * called review and complaint sub-processes (same business key) count too; the instances those
 * tasks belong to, to map each task back to its reference; and the requests' variables.
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

  public OpenRequestDeadlines(
      RuntimeService runtimeService,
      TaskService taskService,
      StatutoryClock clock,
      Today today,
      DeadlineMoments moments,
      TrackingProperties properties) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.clock = clock;
    this.today = today;
    this.moments = moments;
    this.properties = properties;
  }

  public List<RequestDeadline> list() {
    List<ProcessInstance> requests =
        runtimeService
            .createProcessInstanceQuery()
            .processDefinitionKey(properties.requestProcessKey())
            .list();
    if (requests.isEmpty()) {
      return List.of();
    }
    Map<String, Task> nearestTaskByReference = nearestOpenTasks();
    Map<String, Map<String, Object>> variablesByInstance = requestVariables(requests);
    // Read from the engine's clock, so this agrees with the Tasklist filters' ${now()}.
    LocalDate date = today.date();

    return requests.stream()
        .map(
            request ->
                describe(
                    request,
                    nearestTaskByReference.get(request.getBusinessKey()),
                    variablesByInstance.getOrDefault(request.getId(), Map.of()),
                    date))
        .sorted(
            Comparator.comparing(
                    RequestDeadline::dueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(RequestDeadline::reference, Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }

  /**
   * Queries by process definition, never by a list of ids: with many open requests an id list
   * would outgrow what one SQL statement may carry (the benchmarks' 100,000 open requests).
   */
  private Map<String, Task> nearestOpenTasks() {
    String[] keys = properties.processKeys().toArray(String[]::new);
    List<Task> tasks = taskService.createTaskQuery().processDefinitionKeyIn(keys).orderByDueDate().asc().list();
    if (tasks.isEmpty()) {
      return Map.of();
    }
    Map<String, String> referenceByInstance = new HashMap<>();
    for (ProcessInstance instance : runtimeService.createProcessInstanceQuery().processDefinitionKeyIn(keys).list()) {
      if (instance.getBusinessKey() != null) {
        referenceByInstance.put(instance.getId(), instance.getBusinessKey());
      }
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

  private Map<String, Map<String, Object>> requestVariables(List<ProcessInstance> requests) {
    Set<String> requestIds = requests.stream().map(ProcessInstance::getId).collect(Collectors.toSet());
    // By name only (see nearestOpenTasks); the sub-processes' copies are dropped below.
    List<VariableInstance> variables =
        runtimeService
            .createVariableInstanceQuery()
            .variableNameIn(AUTHORITY_NAME, REGIME, STATUS, STATUTORY_DUE_DATE)
            .disableBinaryFetching()
            .disableCustomObjectDeserialization()
            .list();
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    for (VariableInstance variable : variables) {
      // Only the request's own variables, not task-local or sub-scope ones of the same name.
      if (requestIds.contains(variable.getProcessInstanceId())
          && variable.getExecutionId().equals(variable.getProcessInstanceId())
          && variable.getValue() != null) {
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
