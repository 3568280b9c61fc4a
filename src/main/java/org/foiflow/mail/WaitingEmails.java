package org.foiflow.mail;

import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Send jobs of the outbox's emails, brought forward so that the job executor sends them within
 * its next acquisition (a second) instead of at the end of their back-off (up to 2 hours); and
 * letters held for their turn in a batch, cancelled when the batch is withdrawn.
 *
 * <p>Each change but {@link #cancelHeld} runs in a command and transaction of its own, without
 * the engine's authorization checks: who may ask has been decided before (an editor, by {@code
 * MailController}; or the send job that just reached the SMTP server), and the engine grants
 * editors no rights on the send-email process's jobs.
 */
@Component
public class WaitingEmails {

  private static final Logger LOG = LoggerFactory.getLogger(WaitingEmails.class);

  /** send-email's timer that holds a batch member's letter until its turn. */
  private static final String HELD_FOR_TURN = "Timer_TurnInBatch";

  private final ProcessEngineConfigurationImpl engine;
  private final Today today;
  private final Outbox outbox;

  WaitingEmails(ProcessEngine engine, Today today, Outbox outbox) {
    this.engine = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    this.today = today;
    this.outbox = outbox;
  }

  /**
   * The SMTP server takes email again: every other email waiting on a retry (last attempt failed,
   * retries left, due later) is made due now, not at the end of its back-off (up to 2 hours). A
   * failure here does not fail the email just sent ({@code sendingInstance}, left alone: its job
   * is still running; null when {@link MailProbe} found the server back); the back-off still sends
   * the rest.
   */
  void mailIsBack(String sendingInstance) {
    try {
      int count = run(management -> {
        Date now = Date.from(today.now().toInstant());
        List<Job> waiting =
            management.createJobQuery().processDefinitionKey(Correspondence.SEND_PROCESS)
                .withException().withRetriesLeft().duedateHigherThan(now).list().stream()
                .filter(job -> !job.getProcessInstanceId().equals(sendingInstance))
                .toList();
        waiting.forEach(job -> management.setJobDuedate(job.getId(), now));
        return waiting.size();
      });
      LOG.info("The SMTP server takes email again: {} email(s) waiting on a retry are due now", count);
    } catch (RuntimeException e) {
      LOG.warn("The SMTP server takes email again, but the emails waiting on a retry keep their back-off: {}", e.getMessage());
    }
  }

  /**
   * Makes the send job of outbox email {@code outboxId} due now, with at least one retry (an
   * incident goes with it).
   *
   * @return false when the email has no send job (sent, or its send process is gone)
   */
  boolean sendNow(long outboxId) {
    return run(management -> {
      Optional<Job> job = sendJob(outboxId);
      job.ifPresent(found ->
          management.setJobRetries(Math.max(1, found.getRetries())).jobId(found.getId()).dueDate(Date.from(today.now().toInstant())).execute());
      return job.isPresent();
    });
  }

  /**
   * Cancels the emails of request {@code reference} still held for their turn in a batch (issue
   * 18): each is marked CANCELLED in the outbox and its send-email instance ends, so it is never
   * sent. In the caller's transaction and command, so that a withdrawal that fails cancels
   * nothing; FOI Flow has checked who withdraws (request.RequestWithdrawal), and withdraws as the
   * engine.
   */
  public void cancelHeld(String reference) {
    RuntimeService runtime = engine.getRuntimeService();
    for (ProcessInstance held : runtime.createProcessInstanceQuery().processDefinitionKey(Correspondence.SEND_PROCESS)
        .processInstanceBusinessKey(reference).activityIdIn(HELD_FOR_TURN).list()) {
      outbox.markCancelled(((Number) runtime.getVariable(held.getId(), Correspondence.MESSAGE_ID_VARIABLE)).longValue());
      runtime.deleteProcessInstance(held.getId(), "the batch was withdrawn before this letter's turn");
    }
  }

  private Optional<Job> sendJob(long outboxId) {
    RuntimeService runtime = engine.getRuntimeService();
    return runtime.createProcessInstanceQuery().processDefinitionKey(Correspondence.SEND_PROCESS)
        .variableValueEquals(Correspondence.MESSAGE_ID_VARIABLE, outboxId).list().stream()
        .flatMap(sending -> engine.getManagementService().createJobQuery().processInstanceId(sending.getId()).list().stream())
        .findFirst();
  }

  private <T> T run(Function<ManagementService, T> work) {
    Command<T> command = context -> {
      context.disableAuthorizationCheck();
      return work.apply(engine.getManagementService());
    };
    return engine.getCommandExecutorTxRequiresNew().execute(command);
  }
}
