package org.foiflow.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Task_SendEmail of the send-email process: its own job, so SMTP failures are retried there. */
@Component("sendOutboxMessage")
class SendOutboxMessage implements JavaDelegate {

  private final OutboxDelivery delivery;

  SendOutboxMessage(OutboxDelivery delivery) {
    this.delivery = delivery;
  }

  @Override
  public void execute(DelegateExecution execution) {
    delivery.deliver(((Number) execution.getVariable(Correspondence.MESSAGE_ID_VARIABLE)).longValue());
  }
}
