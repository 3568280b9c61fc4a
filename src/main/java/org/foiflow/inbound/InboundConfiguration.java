package org.foiflow.inbound;

import org.foiflow.mail.MailCatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The reply mailbox: the IMAP server of foiflow.mail.inbound.imap.*, else, while the built-in
 * catcher stands in for SMTP, the catcher's own mailbox for the inbound address (so that a reply
 * sent over SMTP to 127.0.0.1:2525 arrives). With a real SMTP server and no IMAP server there is
 * no mailbox: replies come in by upload only (InboxPolling says so at start).
 */
@Configuration(proxyBeanMethods = false)
class InboundConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(InboundConfiguration.class);

  @Bean
  @ConditionalOnExpression("!'${foiflow.mail.inbound.imap.host:}'.isEmpty()")
  InboundMailbox imapMailbox(InboundSettings settings, Ingestion ingestion) {
    InboundSettings.Imap imap = settings.imap();
    LOG.info("Replies are read from {} on {}:{} ({})", imap.folder(), imap.host(), imap.port(), imap.ssl() ? "IMAPS" : "IMAP");
    return new InboundMailbox(
        new InboundMailbox.Account(imap.host(), imap.port(), imap.username(), imap.password(), imap.folder(), imap.ssl()),
        ingestion::ingestAll);
  }

  @Bean
  @ConditionalOnExpression("'${foiflow.mail.inbound.imap.host:}'.isEmpty() and '${spring.mail.host:}'.isEmpty()")
  InboundMailbox builtInMailbox(InboundSettings settings, MailCatcher catcher, Ingestion ingestion) {
    MailCatcher.Mailbox mailbox = catcher.openMailbox(settings.address());
    LOG.info("Replies to {} are read from the built-in mail catcher's IMAP on {}:{}", settings.address(), mailbox.host(), mailbox.imapPort());
    return new InboundMailbox(
        new InboundMailbox.Account(mailbox.host(), mailbox.imapPort(), mailbox.username(), mailbox.password(), "INBOX", false),
        ingestion::ingestAll);
  }
}
