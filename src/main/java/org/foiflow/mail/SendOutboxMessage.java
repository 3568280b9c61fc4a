package org.foiflow.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendEmail of the send-email process: its own job, so SMTP failures are retried there. */
@Component("sendOutboxMessage")
class SendOutboxMessage implements JavaDelegate {

  private final OutboxDelivery delivery;
  private final WaitingEmails waiting;

  SendOutboxMessage(OutboxDelivery delivery, WaitingEmails waiting) {
    this.delivery = delivery;
    this.waiting = waiting;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (delivery.deliver(((Number) execution.getVariable(Correspondence.MESSAGE_ID_VARIABLE)).longValue())) {
      waiting.mailIsBack(execution.getProcessInstanceId());
    }
  }
}
