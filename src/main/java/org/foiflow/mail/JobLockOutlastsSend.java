package org.foiflow.mail;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Warns once at start when the job executor's lock time is not longer than the slowest send the
 * mail settings allow ({@link SlowestSend}). A warning, not a refusal: the node works, and the
 * risk is an email sent twice when a send outlasts its lock; refusing to start would stop the
 * filing and the deadline reminders too, over a mail setting. (Tests that shorten the lock, such
 * as ClusterIT's, start with the warning.)
 */
@Component
class JobLockOutlastsSend {

  private static final Logger LOG = LoggerFactory.getLogger(JobLockOutlastsSend.class);

  private final JavaMailSenderImpl sender;
  /** Camunda's default when unset: 5 minutes. */
  private final long lockTimeMillis;

  JobLockOutlastsSend(JavaMailSenderImpl sender, @Value("${camunda.bpm.job-execution.lock-time-in-millis:300000}") long lockTimeMillis) {
    this.sender = sender;
    this.lockTimeMillis = lockTimeMillis;
  }

  @EventListener(ApplicationReadyEvent.class)
  void check() {
    SlowestSend.of(sender.getJavaMailProperties())
        .ifPresentOrElse(
            slowest -> slowest.tooLong(Duration.ofMillis(lockTimeMillis)).ifPresent(LOG::warn),
            () -> LOG.warn("No SMTP connection timeout (mail.smtp.connectiontimeout): an email send may wait for ever to "
                + "connect and outlast its job lock, and the email can then be sent twice."));
  }
}
