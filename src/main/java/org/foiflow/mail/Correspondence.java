package org.foiflow.mail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.PublicAddress;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.springframework.stereotype.Component;

/**
 * Writes a request's emails: fills the template with what the request knows, adds the email to
 * the outbox within the process step's transaction, and starts the send-email process whose job
 * does the SMTP part. A step that runs again finds its email in the outbox and writes nothing.
 */
@Component
public class Correspondence {

  static final String SEND_PROCESS = "send-email";
  static final String MESSAGE_ID_VARIABLE = "outboxMessageId";
  /** Local to send-email: the moment a held-back letter may go (a java.util.Date for its timer). */
  static final String SEND_AT_VARIABLE = "sendAt";

  private final Outbox outbox;
  private final MailTemplates templates = new MailTemplates();
  private final Today today;
  private final PublicAddress publicAddress;

  Correspondence(Outbox outbox, Today today, PublicAddress publicAddress) {
    this.outbox = outbox;
    this.today = today;
    this.publicAddress = publicAddress;
  }

  public void write(DelegateExecution execution, MailKind kind) {
    LocalDate due = kind.dateVariable().require(execution);
    write(execution.getProcessEngineServices(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(), execution, kind, due, Map.of());
  }

  /**
   * Tells the requester that a deadline of a waiting request moved, and why (issue 15, rule 13):
   * {@code change} says what changed ("A bank holiday, ... was added in Scotland"), {@code wording}
   * how the new date reads ("is now due on"). Written outside a process step, in the caller's
   * transaction; once per request and new date.
   */
  public void writeDeadlineMoved(
      ProcessEngineServices engine, String processInstanceId, VariableScope request, LocalDate newDate, String change, String wording) {
    write(
        engine, processInstanceId, RequestVariables.REFERENCE.get(request), request, MailKind.DEADLINE_MOVED, newDate,
        Map.of("change", change, "wording", wording));
  }

  /**
   * Tells the requester about mail that arrived on their request (issue 16): a reply, or a bounce.
   * {@code day} is the day it arrived, part of the email's identity: one such email per request,
   * kind and day, so a busy day's replies do not flood the requester.
   */
  public void writeAboutArrival(DelegateExecution execution, MailKind kind, LocalDate day, Map<String, Object> more) {
    write(
        execution.getProcessEngineServices(), execution.getProcessInstanceId(), execution.getProcessBusinessKey(), execution,
        kind, day, more);
  }

  /**
   * Sends the request's letter to the authority again, to {@code recipient} (its first address
   * bounced), in the caller's transaction.
   *
   * @return false when FOI Flow never wrote this request's letter (it was posted or sent elsewhere)
   */
  public boolean resendRequestLetter(ProcessEngineServices engine, String reference, String recipient) {
    var letter = outbox.forReference(reference).stream().filter(m -> m.kind() == MailKind.REQUEST_LETTER).reduce((first, last) -> last);
    letter.ifPresent(sent -> engine.getRuntimeService().startProcessInstanceByKey(
        SEND_PROCESS, reference, Map.of(MESSAGE_ID_VARIABLE, outbox.addEdition(sent, recipient, today.now().toInstant()))));
    return letter.isPresent();
  }

  /**
   * Confirms a batch to its requester (issue 18): one email naming how many authorities it goes
   * to and linking the batch's page, instead of one confirmation per member. {@code filed} is
   * the day of filing, part of the email's identity.
   */
  public void writeBatchConfirmation(DelegateExecution batch, LocalDate filed, int authorities) {
    String reference = batch.getProcessBusinessKey();
    Map<String, Object> facts = new HashMap<>();
    for (ProcessVariable<String> text : List.of(RequestVariables.REQUESTER_NAME, RequestVariables.SUBJECT, RequestVariables.SEND_BY)) {
      facts.put(text.name(), text.get(batch));
    }
    facts.put(RequestVariables.REFERENCE.name(), reference);
    facts.put("authorities", authorities);
    facts.put("batchPage", publicAddress.baseUrl() + "/batches/" + reference);
    facts.put("taskLink", publicAddress.baseUrl() + "/camunda/app/tasklist/default/");
    send(batch.getProcessEngineServices(), batch.getProcessInstanceId(), reference, batch, MailKind.BATCH_CONFIRMATION, filed,
        templates.render(MailKind.BATCH_CONFIRMATION, facts));
  }

  private void write(
      ProcessEngineServices engine, String processInstanceId, String reference, VariableScope request, MailKind kind,
      LocalDate due, Map<String, Object> more) {
    Map<String, Object> facts = facts(engine, processInstanceId, reference, request, due);
    facts.putAll(more);
    send(engine, processInstanceId, reference, request, kind, due, templates.render(kind, facts));
  }

  /** Adds the email to the outbox, once, and starts its send-email process. */
  private void send(
      ProcessEngineServices engine, String processInstanceId, String reference, VariableScope request, MailKind kind,
      LocalDate due, MailTemplates.MailText text) {
    var draft =
        new Outbox.Draft(
            processInstanceId, kind, due, reference,
            kind.recipient().addressVariable().get(request), text.subject(), text.body());
    outbox
        .addIfAbsent(draft, today.now().toInstant())
        .ifPresent(
            id -> {
              Map<String, Object> variables = new HashMap<>(Map.of(MESSAGE_ID_VARIABLE, id));
              // A batch member's letter waits for its turn (issue 18): the send-email timer holds it.
              java.time.Instant sendAt = kind == MailKind.REQUEST_LETTER ? RequestVariables.LETTER_SEND_AT.get(request) : null;
              if (sendAt != null && sendAt.isAfter(today.now().toInstant())) {
                variables.put(SEND_AT_VARIABLE, java.util.Date.from(sendAt));
              }
              engine.getRuntimeService().startProcessInstanceByKey(SEND_PROCESS, reference, variables);
            });
  }

  private Map<String, Object> facts(
      ProcessEngineServices engine, String processInstanceId, String reference, VariableScope request, LocalDate due) {
    Regime regime = RequestVariables.REGIME.require(request);
    Map<String, Object> facts = new HashMap<>();
    for (ProcessVariable<String> text : List.of(
        RequestVariables.AUTHORITY_NAME, RequestVariables.REQUESTER_NAME, RequestVariables.SUBJECT,
        RequestVariables.REQUEST_TEXT, RequestVariables.SEND_BY, RequestVariables.CLARIFICATION_TEXT,
        RequestVariables.REVIEW_GROUNDS)) {
      facts.put(text.name(), text.get(request));
    }
    facts.put(RequestVariables.REFERENCE.name(), reference);
    facts.put("dueDate", due);
    facts.put(RequestVariables.SENT_DATE.name(), RequestVariables.SENT_DATE.get(request));
    facts.put("law", Statutes.law(regime));
    facts.put("responseDuty", Statutes.responseDuty(regime));
    facts.put("taskLink", taskLink(engine, processInstanceId));
    // The request's own page (requestpage): its letters, deadlines and what has happened.
    facts.put("requestPage", publicAddress.baseUrl() + "/requests/" + reference);
    return facts;
  }

  /**
   * The request's newest open task in Tasklist, or Tasklist's home while none is open. A native
   * query: the task query's SQL is built from hundreds of optional criteria on every call, which
   * made this lookup about 8% of the CPU time of filing a request (profiled).
   */
  private String taskLink(ProcessEngineServices engine, String processInstanceId) {
    String home = publicAddress.baseUrl() + "/camunda/app/tasklist/default/";
    return engine.getTaskService().createNativeTaskQuery()
        .sql("SELECT * FROM " + engine.getManagementService().getTableName(Task.class)
            + " WHERE PROC_INST_ID_ = #{instance} AND SUSPENSION_STATE_ = 1 ORDER BY CREATE_TIME_ DESC")
        .parameter("instance", processInstanceId)
        .listPage(0, 1).stream()
        .findFirst()
        .map(Task::getId)
        .map(id -> home + "#/?task=" + id)
        .orElse(home);
  }
}
