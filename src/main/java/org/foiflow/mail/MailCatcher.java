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
import java.util.List;

/**
 * The built-in SMTP server (GreenMail) on 127.0.0.1 that catches every email while no real SMTP
 * server is configured, so that emails really travel over SMTP and can be read in the app.
 */
public class MailCatcher {

  public static final String HOST = "127.0.0.1";

  /** One email as the catcher received it. */
  public record CaughtMail(String from, List<String> to, String subject, Instant sentAt, String body) {}

  private int port;
  private GreenMail server;
  /** What arrived before a stop: a restart gives GreenMail fresh mailboxes. */
  private final List<CaughtMail> beforeRestart = new ArrayList<>();

  public MailCatcher(int port) {
    this.port = port;
  }

  public synchronized void start() {
    if (server != null) {
      return;
    }
    ServerSetup setup = new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP);
    server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    server.start();
    // Keep a port, once chosen, for later restarts: the mail sender was told this one.
    port = server.getSmtp().getPort();
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
