package org.foiflow.mail;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * While sending fails, asks the SMTP server every {@code foiflow.mail.probe-interval} (15 s)
 * whether it answers again, and once it does makes the emails waiting on a retry due now, so that
 * they go out within seconds of the server coming back however long their back-off.
 */
@Component
class MailProbe {

  private final SmtpConnections smtp;
  private final WaitingEmails waiting;

  MailProbe(SmtpConnections smtp, WaitingEmails waiting) {
    this.smtp = smtp;
    this.waiting = waiting;
  }

  @Scheduled(
      initialDelayString = "${foiflow.mail.probe-interval:PT15S}",
      fixedDelayString = "${foiflow.mail.probe-interval:PT15S}")
  void probe() {
    if (smtp.probe()) {
      waiting.mailIsBack(null);
    }
  }
}
