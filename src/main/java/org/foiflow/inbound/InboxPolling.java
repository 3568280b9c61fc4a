package org.foiflow.inbound;

import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Reads the reply mailbox every foiflow.mail.inbound.poll-interval (a minute); tests read it themselves. */
@Component
@ConditionalOnProperty(name = "foiflow.mail.inbound.polling", havingValue = "true", matchIfMissing = true)
class InboxPolling {

  private static final Logger LOG = LoggerFactory.getLogger(InboxPolling.class);

  private final InboundMailbox mailbox;

  InboxPolling(ObjectProvider<InboundMailbox> mailbox) {
    this.mailbox = mailbox.getIfAvailable();
    if (this.mailbox == null) {
      LOG.warn("No mailbox for replies: an SMTP server is set (spring.mail.host) but no IMAP server "
          + "(FOIFLOW_MAIL_INBOUND_IMAP_HOST); replies come in only by upload (POST /api/inbound)");
    }
  }

  @Scheduled(initialDelayString = "${foiflow.mail.inbound.poll-interval:PT1M}", fixedDelayString = "${foiflow.mail.inbound.poll-interval:PT1M}")
  void poll() {
    if (mailbox == null) {
      return;
    }
    try {
      InboundMailbox.Reading reading = mailbox.readUnseen();
      if (reading.read() > 0) {
        LOG.info("Reply mailbox: {} read, {} matched, {} held, {} duplicates, {} refused",
            reading.read(), reading.matched(), reading.held(), reading.duplicates(), reading.refused());
      }
    } catch (MessagingException | RuntimeException e) {
      // One line: the mailbox may be away for a while, and the next reading tries again.
      LOG.warn("Could not read the reply mailbox {}:{}: {}", mailbox.account().host(), mailbox.account().port(),
          e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " "));
    }
  }
}
