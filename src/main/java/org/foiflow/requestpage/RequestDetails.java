package org.foiflow.requestpage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.contract.TrackingProperties;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.figures.FigureQuery;
import org.foiflow.figures.FigureStore;
import org.foiflow.inbound.Replies;
import org.foiflow.inbound.StoredReply;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.springframework.stereotype.Service;

/**
 * Puts a request's page together, the one place that does: its variables (with those of its
 * review and complaint), the due date explained, the timeline, the letters of the outbox and the
 * replies that came in, the disclosed figures and the open tasks. Everything is read under the caller's authorizations, so
 * a request they may not read is absent, exactly like one that does not exist.
 */
@Service
class RequestDetails {

  static final String TASKLIST_TASK = "/camunda/app/tasklist/default/#/?task=";

  private final HistoryService history;
  private final TaskService tasks;
  private final StatutoryClock clock;
  private final Outbox outbox;
  private final FigureStore figures;
  private final Replies replies;
  private final Today today;
  private final String requestKey;

  RequestDetails(
      HistoryService history,
      TaskService tasks,
      StatutoryClock clock,
      Outbox outbox,
      FigureStore figures,
      Replies replies,
      Today today,
      TrackingProperties tracking) {
    this.history = history;
    this.tasks = tasks;
    this.clock = clock;
    this.outbox = outbox;
    this.figures = figures;
    this.replies = replies;
    this.today = today;
    this.requestKey = tracking.requestProcessKey();
  }

  Optional<RequestDetail> find(String reference) {
    HistoricProcessInstance request =
        history.createHistoricProcessInstanceQuery().processDefinitionKey(requestKey).processInstanceBusinessKey(reference)
            .list().stream().findFirst().orElse(null);
    if (request == null) {
      return Optional.empty();
    }
    Map<String, Object> variables = variables(request);
    boolean open = request.getEndTime() == null;
    DueDateExplanation due = DueDateExplanation.of(clock, variables);
    LocalDate dueDate = due == null ? RequestList.dueDate(variables) : due.date();
    String statusCode = RequestVariables.STATUS.in(variables);
    RequestStatus status = RequestStatus.of(statusCode, open, dueDate, today.date());
    List<OutboxMessage> letters = outbox.forReference(reference);
    List<StoredReply> received = replies.forReference(reference);
    String outcome = RequestVariables.OUTCOME.in(variables);
    List<RequestDetail.NextStep> nextSteps = open ? nextSteps(reference) : List.of();
    return Optional.of(
        new RequestDetail(
            reference,
            RequestVariables.SUBJECT.in(variables),
            RequestVariables.AUTHORITY_NAME.in(variables),
            Words.law(RequestVariables.REGIME.in(variables)),
            status.words(),
            status.code(),
            status.tone(),
            open,
            Words.outcome(outcome),
            RequestVariables.REQUESTER_NAME.in(variables),
            RequestVariables.REQUEST_TEXT.in(variables),
            due,
            open ? OpenDeadline.of(statusCode, variables, dueDate) : List.of(),
            Timeline.of(day(request.getStartTime().toInstant()), open ? null : day(request.getEndTime().toInstant()),
                outcome, variables, letters, this::day, received, today.zone()),
            letters.stream().map(this::letter).toList(),
            figures.find(new FigureQuery(null, null, null, null, reference)),
            nextSteps,
            whatNext(status, nextSteps, dueDate),
            replies.replyAddress(reference),
            Boolean.TRUE.equals(RequestVariables.DELIVERY_FAILED.in(variables)),
            CorrespondenceThread.of(letters, received, today.zone()),
            RequestVariables.BATCH_REFERENCE.in(variables)));
  }

  /** The request's own variables, then those only its review or complaint has. */
  Map<String, Object> variables(HistoricProcessInstance request) {
    List<HistoricProcessInstance> calls =
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(request.getBusinessKey()).list().stream()
            .filter(call -> request.getId().equals(call.getRootProcessInstanceId()) && !call.getId().equals(request.getId()))
            .sorted(Comparator.comparing(HistoricProcessInstance::getStartTime))
            .toList();
    List<String> ids = new ArrayList<>(List.of(request.getId()));
    calls.forEach(call -> ids.add(call.getId()));
    Map<String, Map<String, Object>> byInstance = RequestVariablesRead.byInstance(history, ids, List.of());
    Map<String, Object> variables = new HashMap<>(byInstance.getOrDefault(request.getId(), Map.of()));
    for (HistoricProcessInstance call : calls) {
      byInstance.getOrDefault(call.getId(), Map.of()).forEach(variables::putIfAbsent);
    }
    return variables;
  }

  private List<RequestDetail.NextStep> nextSteps(String reference) {
    return tasks.createTaskQuery().processInstanceBusinessKey(reference).orderByDueDate().asc().list().stream()
        .map(task -> nextStep(task, reference))
        .toList();
  }

  private RequestDetail.NextStep nextStep(Task task, String reference) {
    LocalDate due = task.getDueDate() == null ? null : day(task.getDueDate().toInstant());
    // The request's page names the request already: the task's own name is enough here.
    return new RequestDetail.NextStep(TaskNames.plain(task.getName(), reference), Words.date(due), TASKLIST_TASK + task.getId());
  }

  private RequestDetail.Letter letter(OutboxMessage message) {
    LocalDate date = day(message);
    return new RequestDetail.Letter(
        message.recipient(), message.subject(), message.body(), date, Words.date(date), CorrespondenceThread.state(message));
  }

  /** The day an email left, or was written while it waits. */
  private LocalDate day(OutboxMessage message) {
    return day(message.sentAt() != null ? message.sentAt() : message.createdAt());
  }

  private LocalDate day(Instant instant) {
    return instant.atZone(today.zone()).toLocalDate();
  }

  private static String whatNext(RequestStatus status, List<RequestDetail.NextStep> steps, LocalDate due) {
    if (status.tone().equals("closed")) {
      return "Nothing: this request is closed.";
    }
    if (status.tone().equals("late")) {
      return "The authority is late: it should have answered by " + Words.date(due)
          + ". Record its response when it comes, or record that none came and ask for a review.";
    }
    if (!steps.isEmpty()) {
      RequestDetail.NextStep first = steps.get(0);
      return first.task() + (first.due() == null ? "." : ", by " + first.due() + ".");
    }
    return due == null ? "Wait for the authority." : "Wait for the authority's answer, due " + Words.date(due) + ".";
  }
}
