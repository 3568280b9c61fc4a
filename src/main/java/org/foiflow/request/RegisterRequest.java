package org.foiflow.request;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.authority.Authority;
import org.foiflow.authority.AuthorityDirectory;
import org.foiflow.deadline.Regime;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: gives the request its reference (the business key) and its due date, and
 * fills in the authority's FOI address from the directory when the requester left it empty.
 */
@Component("registerRequest")
class RegisterRequest implements JavaDelegate {

  private final ReferenceNumbers references;
  private final StatutoryClock clock;
  private final Today today;
  private final AuthorityDirectory directory;

  RegisterRequest(ReferenceNumbers references, StatutoryClock clock, Today today, AuthorityDirectory directory) {
    this.references = references;
    this.clock = clock;
    this.today = today;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    LocalDate filed = today.date();
    LocalDate sent = RequestVariables.date(execution, "sentDate");
    // A request FOI Flow emails is received the day it goes out, today (FOISA s.74(1)(a): sent
    // electronically, received the day it is sent); the form refuses an earlier date with EMAIL.
    if (sent == null || FileRequestFormRules.SEND_BY_EMAIL.equals(execution.getVariable("sendBy"))) {
      sent = filed;
    }
    String reference = references.next(filed.getYear());
    execution.setProcessBusinessKey(reference);
    execution.setVariable("reference", reference);
    Object email = execution.getVariable("authorityEmail");
    if (email == null || email.toString().isBlank()) {
      directory
          .findByName((String) execution.getVariable("authorityName"))
          .map(Authority::email)
          .ifPresent(address -> execution.setVariable("authorityEmail", address));
    }
    RequestVariables.setDate(execution, "sentDate", sent);
    RequestVariables.setDate(execution, "clockStartDate", sent);
    Regime regime = RequestVariables.regime(execution);
    RequestVariables.setDate(execution, "statutoryDueDate", clock.responseDue(regime, sent).due());
    execution.setVariable("remindersSent", "");
    execution.setVariable("status", "REGISTERED");
  }
}
