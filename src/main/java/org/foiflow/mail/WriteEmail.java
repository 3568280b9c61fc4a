package org.foiflow.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.springframework.stereotype.Component;

/**
 * The Task_Email* / Task_ConfirmToRequester / Task_ChaseAuthority service tasks: write the email
 * named by the task's input parameter {@code mailKind} to the outbox.
 */
@Component("writeEmail")
class WriteEmail implements JavaDelegate {

  private final Correspondence correspondence;

  WriteEmail(Correspondence correspondence) {
    this.correspondence = correspondence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    MailKind kind = MailKind.valueOf((String) execution.getVariableLocal(RequestVariables.MAIL_KIND.name()));
    if (kind == MailKind.CONFIRMATION && RequestVariables.BATCH_REFERENCE.get(execution) != null) {
      return; // a batch's members are confirmed once, by the batch (issue 18), not one email per authority
    }
    correspondence.write(execution, kind);
  }
}
