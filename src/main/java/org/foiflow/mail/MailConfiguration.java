package org.foiflow.mail;

import java.util.Optional;
import org.foiflow.contract.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Sending: through the SMTP server of spring.mail.* (Spring Boot's mail sender, whose settings
 * {@link SmtpConnections} uses) when spring.mail.host is set, else through the built-in mail catcher.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

  @Bean(destroyMethod = "close")
  SmtpConnections smtpConnections(JavaMailSenderImpl sender) {
    return new SmtpConnections(sender);
  }

  @Bean
  OutboxDelivery outboxDelivery(
      Outbox outbox, SmtpConnections smtp, MailSettings settings, Today today, ObjectProvider<ReplyAddress> replyAddress) {
    ReplyAddress none = reference -> Optional.empty();
    ReplyAddress given = replyAddress.getIfAvailable(() -> none);
    return new OutboxDelivery(outbox, smtp, settings, () -> today.now().toInstant(), given);
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnExpression("'${spring.mail.host:}'.isEmpty()")
  static class BuiltInMailCatcher {

    private static final Logger LOG = LoggerFactory.getLogger(BuiltInMailCatcher.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    MailCatcher mailCatcher(MailSettings settings) {
      return new MailCatcher(settings.catcher().port(), settings.catcher().imapPort());
    }

    @Bean
    JavaMailSenderImpl mailSender(MailCatcher catcher) {
      LOG.info(
          "No SMTP server configured (spring.mail.host): emails go to the built-in mail catcher on {}:{}, "
              + "readable at /mail/caught.html", MailCatcher.HOST, catcher.port());
      var sender = new JavaMailSenderImpl();
      sender.setHost(MailCatcher.HOST);
      sender.setPort(catcher.port());
      // Fail fast while the catcher is stopped, as a real server would be unreachable.
      sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
      sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
      return sender;
    }
  }
}
