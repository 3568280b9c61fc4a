package org.foiflow.mail;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.springframework.beans.factory.annotation.Value;
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

  private final Outbox outbox;
  private final MailTemplates templates = new MailTemplates();
  private final Today today;
  private final String publicBaseUrl;

  Correspondence(Outbox outbox, Today today, @Value("${foiflow.public-base-url:http://127.0.0.1:8080}") String publicBaseUrl) {
    this.outbox = outbox;
    this.today = today;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  public void write(DelegateExecution execution, MailKind kind) {
    LocalDate due = kind.dateVariable().require(execution);
    String reference = execution.getProcessBusinessKey();
    var text = templates.render(kind, facts(execution, due));
    var draft =
        new Outbox.Draft(
            execution.getProcessInstanceId(), kind, due, reference,
            kind.recipient().addressVariable().get(execution), text.subject(), text.body());
    outbox
        .addIfAbsent(draft, today.now().toInstant())
        .ifPresent(
            id ->
                execution.getProcessEngineServices().getRuntimeService()
                    .startProcessInstanceByKey(SEND_PROCESS, reference, Map.of(MESSAGE_ID_VARIABLE, id)));
  }

  private Map<String, Object> facts(DelegateExecution execution, LocalDate due) {
    Regime regime = RequestVariables.REGIME.require(execution);
    Map<String, Object> facts = new HashMap<>();
    for (ProcessVariable<String> text : List.of(
        RequestVariables.AUTHORITY_NAME, RequestVariables.REQUESTER_NAME, RequestVariables.SUBJECT,
        RequestVariables.REQUEST_TEXT, RequestVariables.SEND_BY, RequestVariables.CLARIFICATION_TEXT,
        RequestVariables.REVIEW_GROUNDS)) {
      facts.put(text.name(), text.get(execution));
    }
    facts.put("reference", execution.getProcessBusinessKey());
    facts.put("dueDate", due);
    facts.put(RequestVariables.SENT_DATE.name(), RequestVariables.SENT_DATE.get(execution));
    facts.put("law", Statutes.law(regime));
    facts.put("responseDuty", Statutes.responseDuty(regime));
    facts.put("taskLink", taskLink(execution));
    return facts;
  }

  /**
   * The request's newest open task in Tasklist, or Tasklist's home while none is open. A native
   * query: the task query's SQL is built from hundreds of optional criteria on every call, which
   * made this lookup about 8% of the CPU time of filing a request (profiled).
   */
  private String taskLink(DelegateExecution execution) {
    String home = publicBaseUrl + "/camunda/app/tasklist/default/";
    var engine = execution.getProcessEngineServices();
    return engine.getTaskService().createNativeTaskQuery()
        .sql("SELECT * FROM " + engine.getManagementService().getTableName(Task.class)
            + " WHERE PROC_INST_ID_ = #{instance} AND SUSPENSION_STATE_ = 1 ORDER BY CREATE_TIME_ DESC")
        .parameter("instance", execution.getProcessInstanceId())
        .listPage(0, 1).stream()
        .findFirst()
        .map(Task::getId)
        .map(id -> home + "#/?task=" + id)
        .orElse(home);
  }
}
