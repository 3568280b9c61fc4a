package org.foiflow.inbound;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * foiflow.mail.inbound.*: where replies come in.
 *
 * @param address the one mailbox for replies; each request's address is its plus-address
 * @param maxMessageSize the largest message kept, attachments included
 * @param polling read the mailbox every {@code pollInterval} (tests read it themselves)
 * @param imap the mailbox's IMAP server; without a host, the built-in catcher holds the mailbox
 */
@ConfigurationProperties("foiflow.mail.inbound")
public record InboundSettings(
    @DefaultValue("foi@foiflow.localhost") String address,
    @DefaultValue("25MB") DataSize maxMessageSize,
    @DefaultValue("true") boolean polling,
    @DefaultValue("PT1M") Duration pollInterval,
    @DefaultValue Imap imap) {

  /** @param ssl IMAPS (the default); false for plain IMAP */
  public record Imap(
      @DefaultValue("") String host,
      @DefaultValue("993") int port,
      @DefaultValue("") String username,
      @DefaultValue("") String password,
      @DefaultValue("INBOX") String folder,
      @DefaultValue("true") boolean ssl) {

    boolean configured() {
      return host != null && !host.isBlank();
    }
  }

  String localPart() {
    return address.substring(0, address.indexOf('@'));
  }

  String domain() {
    return address.substring(address.indexOf('@') + 1);
  }
}
