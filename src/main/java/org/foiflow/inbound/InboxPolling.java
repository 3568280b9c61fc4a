package org.foiflow.inbound;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reads the reply mailbox as replies arrive (IMAP IDLE, {@link InboxIdling}, once started by
 * FirstStart) and, in any case, every foiflow.mail.inbound.poll-interval (a minute), which is all
 * there is with a server without IDLE. Tests read the mailbox themselves.
 */
@Component
@ConditionalOnProperty(name = "foiflow.mail.inbound.polling", havingValue = "true", matchIfMissing = true)
public class InboxPolling {

  private static final Logger LOG = LoggerFactory.getLogger(InboxPolling.class);

  private final InboundMailbox mailbox;
  private final InboxIdling idling;

  InboxPolling(ObjectProvider<InboundMailbox> mailbox) {
    this.mailbox = mailbox.getIfAvailable();
    this.idling = this.mailbox == null ? null : new InboxIdling(this.mailbox, InboxIdling.RENEW);
    if (this.mailbox == null) {
      LOG.warn("No mailbox for replies: an SMTP server is set (spring.mail.host) but no IMAP server "
          + "(FOIFLOW_MAIL_INBOUND_IMAP_HOST); replies come in only by upload (POST /api/inbound)");
    }
  }

  /** Listens for replies from now on: after the engine has deployed the process they tell. */
  public void startIdling() {
    if (idling != null) {
      idling.start();
    }
  }

  @PreDestroy
  void stopIdling() throws InterruptedException {
    if (idling != null) {
      idling.stop();
    }
  }

  @Scheduled(initialDelayString = "${foiflow.mail.inbound.poll-interval:PT1M}", fixedDelayString = "${foiflow.mail.inbound.poll-interval:PT1M}")
  void poll() {
    if (mailbox == null) {
      return;
    }
    try {
      mailbox.readUnseen().log();
    } catch (MessagingException | RuntimeException e) {
      // One line: the mailbox may be away for a while, and the next reading tries again.
      LOG.warn("Could not read the reply mailbox {}:{}: {}", mailbox.account().host(), mailbox.account().port(),
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "));
    }
  }
}
