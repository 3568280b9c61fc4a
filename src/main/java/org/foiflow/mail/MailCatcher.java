package org.foiflow.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The built-in SMTP server (GreenMail) on 127.0.0.1 that catches every email while no real SMTP
 * server is configured, so that emails really travel over SMTP and can be read in the app.
 */
public class MailCatcher {

  public static final String HOST = "127.0.0.1";

  /** One email as the catcher received it. */
  public record CaughtMail(String from, List<String> to, String subject, Instant sentAt, String body) {}

  /** A mailbox held by the catcher, read over its IMAP. */
  public record Mailbox(String host, int imapPort, String username, String password) {}

  private int port;
  private int imapPort;
  private GreenMail server;
  /** The mailboxes opened, address to password, made again after a restart. */
  private final Map<String, String> mailboxes = new LinkedHashMap<>();
  /** What arrived before a stop: a restart gives GreenMail fresh mailboxes. */
  private final List<CaughtMail> beforeRestart = new ArrayList<>();

  /** SMTP on {@code port}, IMAP on any free port. */
  public MailCatcher(int port) {
    this(port, 0);
  }

  public MailCatcher(int port, int imapPort) {
    this.port = port;
    this.imapPort = imapPort;
  }

  public synchronized void start() {
    if (server != null) {
      return;
    }
    ServerSetup smtp = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
    ServerSetup imap = new ServerSetup(imapPort, HOST, ServerSetup.PROTOCOL_IMAP);
    server = new GreenMail(new ServerSetup[] {port == 0 ? smtp.dynamicPort() : smtp, imapPort == 0 ? imap.dynamicPort() : imap});
    // foi+FOI-2026-0042-token@... lands in the mailbox of foi@..., as at a real mail provider.
    server.getUserManager().setSieveIgnoreDetail(true);
    server.start();
    // Keep the ports, once chosen, for later restarts: the mail sender and the reader were told these.
    port = server.getSmtp().getPort();
    imapPort = server.getImap().getPort();
    mailboxes.forEach((address, password) -> server.setUser(address, address, password));
  }

  /**
   * Holds the mailbox of {@code address} (email to it, and to its plus-addresses, is kept there)
   * and says how to read it over IMAP. Opening it again gives the same password.
   */
  public synchronized Mailbox openMailbox(String address) {
    String password = mailboxes.computeIfAbsent(address, a -> UUID.randomUUID().toString());
    if (server != null && !server.getUserManager().hasUser(address)) {
      server.setUser(address, address, password);
    }
    return new Mailbox(HOST, imapPort, address, password);
  }

  public synchronized void stop() {
    if (server == null) {
      return;
    }
    beforeRestart.addAll(convert(server.getReceivedMessages()));
    server.stop();
    server = null;
  }

  public synchronized int port() {
    return port;
  }

  /** How many emails were caught since start-up, without reading them (benchmarks poll this). */
  public synchronized int receivedCount() {
    return beforeRestart.size() + (server == null ? 0 : server.getReceivedMessages().length);
  }

  /** Every email caught since start-up, oldest first. */
  public synchronized List<CaughtMail> caught() {
    List<CaughtMail> all = new ArrayList<>(beforeRestart);
    if (server != null) {
      all.addAll(convert(server.getReceivedMessages()));
    }
    return all;
  }

  private static List<CaughtMail> convert(MimeMessage[] messages) {
    return Arrays.stream(messages).map(MailCatcher::convert).toList();
  }

  private static CaughtMail convert(MimeMessage message) {
    try {
      return new CaughtMail(
          addresses(message.getFrom()).stream().findFirst().orElse(""),
          addresses(message.getAllRecipients()),
          message.getSubject(),
          message.getSentDate() == null ? null : message.getSentDate().toInstant(),
          message.getContent() instanceof String text ? text : "(not plain text)");
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("cannot read a caught email", e);
    }
  }

  private static List<String> addresses(Address[] addresses) {
    return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
  }
}
