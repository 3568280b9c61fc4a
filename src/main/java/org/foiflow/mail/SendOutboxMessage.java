package org.foiflow.mail;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Task_SendEmail of the send-email process: its own job, so SMTP failures are retried there. A
 * request letter, once sent, is announced ({@link LetterSent}); also when a retry finds it sent
 * already, so that a listener that failed the job the first time gets its turn again.
 */
@Component("sendOutboxMessage")
class SendOutboxMessage implements JavaDelegate {

  private final OutboxDelivery delivery;
  private final WaitingEmails waiting;
  private final ApplicationEventPublisher events;

  SendOutboxMessage(OutboxDelivery delivery, WaitingEmails waiting, ApplicationEventPublisher events) {
    this.delivery = delivery;
    this.waiting = waiting;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    OutboxDelivery.Delivered delivered =
        delivery.deliver(((Number) execution.getVariable(Correspondence.MESSAGE_ID_VARIABLE)).longValue());
    if (delivered.mailIsBack()) {
      waiting.mailIsBack(execution.getProcessInstanceId());
    }
    OutboxMessage letter = delivered.message();
    if (letter.kind() == MailKind.REQUEST_LETTER && delivered.sentAt() != null) {
      events.publishEvent(new LetterSent(letter.processInstanceId(), letter.reference(), delivered.sentAt()));
    }
  }
}
