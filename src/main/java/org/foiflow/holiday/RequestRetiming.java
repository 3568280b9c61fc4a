package org.foiflow.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.TrackingProperties;
import org.foiflow.deadline.RunningDeadline;
import org.foiflow.mail.Correspondence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-times the open clocks a holiday change reaches (issue 15, rule 13). For every waiting task
 * that holds a deadline (the response, fee lapse, review request, review answer, complaint and
 * tribunal windows) the step that set the deadline works it out again from the request's dates;
 * where the date moved and the holiday lies on or before the later of the old and new dates, in
 * one transaction per request: the variables, the task's due and follow-up dates and every
 * pending timer move, a comment on the task records the change (it shows in the task's History
 * in Tasklist, where the requester works, and in the engine's comment history), and the
 * requester is emailed the new date and why.
 *
 * <p>Idempotent: run again for the same change, it finds every date already right and does
 * nothing, so it can run after each call, also one that changed nothing, and catch up a request
 * an earlier pass missed.
 *
 * <p>The same re-timing serves one request whose own dates moved ({@link #retime(String, Consumer,
 * String)}): a batch member whose letter went on a later day than planned (issue 18).
 */
@Component
public class RequestRetiming {

  private static final Logger LOG = LoggerFactory.getLogger(RequestRetiming.class);
  private final ProcessEngine engine;
  /** The processes whose tasks hold a request's deadlines (foiflow.tracking.process-keys). */
  private final String[] processKeys;
  private final Map<String, RunningDeadline> byTask;
  private final ModelledMoments moments;
  private final Correspondence correspondence;
  private final TransactionTemplate ownTransaction;

  RequestRetiming(
      ProcessEngine engine, TrackingProperties tracking, List<RunningDeadline> deadlines, ModelledMoments moments,
      Correspondence correspondence, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.processKeys = tracking.processKeys().toArray(String[]::new);
    this.byTask = deadlines.stream().collect(Collectors.toMap(RunningDeadline::taskKey, Function.identity()));
    this.moments = moments;
    this.correspondence = correspondence;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /** Re-times every open clock the change reaches; returns the references of the requests moved. */
  List<String> retime(HolidayChange change) {
    long start = System.nanoTime();
    List<Task> waiting =
        engine.getTaskService().createTaskQuery()
            .processDefinitionKeyIn(processKeys)
            .taskDefinitionKeyIn(byTask.keySet().toArray(String[]::new))
            .active()
            .list();
    List<String> moved = new ArrayList<>();
    for (Task task : waiting) {
      try {
        String reference = ownTransaction.execute(status -> retime(task, change));
        if (reference != null) {
          moved.add(reference);
        }
      } catch (RuntimeException e) {
        // One request that cannot be re-timed (e.g. changed at the same moment) must not stop the
        // others; the next change, or adding the same holiday again, tries it again.
        LOG.error("Could not re-time task {} of process instance {} after a holiday change: {}",
            task.getId(), task.getProcessInstanceId(), e.getMessage());
      }
    }
    LOG.info("{}: {} of {} waiting deadlines re-timed in {} ms",
        change.sentence(), moved.size(), waiting.size(), (System.nanoTime() - start) / 1_000_000);
    return moved;
  }

  /**
   * Re-times the open clocks of one request after {@code dates} set some of its own dates anew,
   * in the caller's transaction: the variables, the tasks' due dates, the timers, and a comment on
   * each task saying {@code why}. The requester is not emailed: the change is FOI Flow's own doing,
   * not news about the law's calendar, and a batch would send one such email per member.
   */
  public void retime(String processInstanceId, Consumer<VariableScope> dates, String why) {
    engine.getTaskService().createTaskQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKeyIn(byTask.keySet().toArray(String[]::new))
        .active()
        .list()
        .forEach(task -> retime(task, dates, why, null));
  }

  private String retime(Task task, HolidayChange change) {
    return retime(task, dates -> {}, change.sentence(), change.date());
  }

  /**
   * @param dates sets the request's own dates that moved, before the clock is worked out again
   * @param reachedFrom a holiday's day: a clock whose old and new dates are both before it is not
   *     reached, and the requester is emailed a moved date; null for a request's own dates
   */
  private String retime(Task task, Consumer<VariableScope> dates, String why, LocalDate reachedFrom) {
    RunningDeadline deadline = byTask.get(task.getTaskDefinitionKey());
    String processInstanceId = task.getProcessInstanceId();
    var runtime = engine.getRuntimeService();
    VariablesAtHand request = new VariablesAtHand(runtime.getVariables(processInstanceId));
    ProcessVariable<LocalDate> main = deadline.variables().get(0);
    LocalDate before = main.get(request.scope());
    dates.accept(request.scope());
    deadline.recompute(request.scope());
    LocalDate after = main.get(request.scope());
    if (request.changed().isEmpty() || before == null || after == null
        || (reachedFrom != null && reachedFrom.isAfter(later(before, after)))) {
      return null; // the change does not reach this clock
    }
    runtime.setVariables(processInstanceId, request.changed());
    moments.moveTask(task, request.values());
    moments.moveTimers(processInstanceId, task.getProcessDefinitionId(), request.values());
    String reference = RequestVariables.REFERENCE.in(request.values());
    engine.getTaskService().createComment(
        task.getId(), processInstanceId,
        why + ": " + reference + " " + deadline.wording() + " " + DatesForPeople.dayWithWeekday(after)
            + " (before: " + DatesForPeople.dayWithWeekday(before) + ").");
    if (reachedFrom != null && !before.equals(after)) {
      correspondence.writeDeadlineMoved(engine, processInstanceId, request.scope(), after, why, deadline.wording());
    }
    return reference;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
