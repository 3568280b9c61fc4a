package org.foiflow.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * foiflow.mail.*: the sender's addresses, and the built-in mail catcher used while no SMTP server
 * is configured (spring.mail.host unset).
 *
 * @param from the From address of every email
 * @param replyTo the Reply-To address; empty for none
 * @param catcher the built-in catcher
 */
@ConfigurationProperties(prefix = "foiflow.mail")
public record MailSettings(
    @DefaultValue("FOI Flow <foiflow@localhost>") String from,
    @DefaultValue("") String replyTo,
    @DefaultValue Catcher catcher) {

  /**
   * @param port the catcher's SMTP port on 127.0.0.1; 0 takes any free port
   * @param imapPort its IMAP port on 127.0.0.1, where the inbound mailbox is read while no IMAP
   *     server is configured; 0 takes any free port
   */
  public record Catcher(@DefaultValue("2525") int port, @DefaultValue("2143") int imapPort) {}
}
