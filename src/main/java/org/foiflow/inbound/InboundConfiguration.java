package org.foiflow.inbound;

import org.foiflow.mail.MailCatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reply mailbox: the IMAP server of foiflow.mail.inbound.imap.*, else the built-in catcher's
 * own mailbox for the inbound address (so that a reply sent over SMTP to 127.0.0.1:2525 arrives).
 */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(InboundConfiguration.class);

  @Bean
  InboundMailbox inboundMailbox(InboundSettings settings, ObjectProvider<MailCatcher> catcher, Ingestion ingestion) {
    InboundSettings.Imap imap = settings.imap();
    if (imap.configured()) {
      LOG.info("Replies are read from {} on {}:{} ({})", imap.folder(), imap.host(), imap.port(), imap.ssl() ? "IMAPS" : "IMAP");
      return new InboundMailbox(
          new InboundMailbox.Account(imap.host(), imap.port(), imap.username(), imap.password(), imap.folder(), imap.ssl()),
          raw -> ingestion.ingest(raw, reference -> true));
    }
    MailCatcher builtIn = catcher.getIfAvailable();
    if (builtIn == null) {
      throw new IllegalStateException(
          "A real SMTP server is set (spring.mail.host) but no IMAP server for replies: set FOIFLOW_MAIL_INBOUND_IMAP_HOST");
    }
    MailCatcher.Mailbox mailbox = builtIn.openMailbox(settings.address());
    LOG.info("Replies to {} are read from the built-in mail catcher's IMAP on {}:{}", settings.address(), mailbox.host(), mailbox.imapPort());
    return new InboundMailbox(
        new InboundMailbox.Account(mailbox.host(), mailbox.imapPort(), mailbox.username(), mailbox.password(), "INBOX", false),
        raw -> ingestion.ingest(raw, reference -> true));
  }
}
