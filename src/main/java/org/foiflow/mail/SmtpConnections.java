package org.foiflow.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections kept for the next email. Opening one costs a TCP connect, the server's
 * greeting and EHLO, and closing one a QUIT: with a connection per email the reminder-storm
 * benchmark spent most of its time waiting for those replies. A connection idle for longer than
 * {@link #MAX_IDLE} is closed instead of reused, well before servers drop idle clients (RFC 5321
 * lets them after five minutes), and one the server no longer answers is replaced. A connection
 * that fails during a send is closed and never reused; the email's job fails and is retried on a
 * fresh one, so no email is sent again from here.
 */
public class SmtpConnections implements AutoCloseable {

  static final Duration MAX_IDLE = Duration.ofSeconds(30);
  /** More than the job executor's threads: each sending thread finds one. */
  static final int MAX_KEPT = 16;
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private record Connection(Transport transport, long idleSince) {}

  private final JavaMailSenderImpl settings;
  private final LongSupplier nanoTime;
  private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>(MAX_KEPT);
  private final AtomicInteger opened = new AtomicInteger();
  /** Why the last send failed; null once a send succeeds (MailHealth). */
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  public SmtpConnections(JavaMailSenderImpl settings) {
    this(settings, System::nanoTime);
  }

  SmtpConnections(JavaMailSenderImpl settings, LongSupplier nanoTime) {
    this.settings = settings;
    this.nanoTime = nanoTime;
  }

  /** A message ready to go out, built on the sender's session. */
  public MimeMessage newMessage() {
    return settings.createMimeMessage();
  }

  /**
   * Sends one message; throws Spring's {@link MailSendException} when the server or the line fails.
   *
   * @return true for the first send to succeed after a failed one (one thread sees it): mail is back
   */
  public boolean send(MimeMessage message) {
    Transport transport = null;
    try {
      transport = take();
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException e) {
      close(transport);
      lastFailure.set(e.getMessage());
      throw new MailSendException("SMTP send failed: " + e.getMessage(), e);
    }
    boolean back = lastFailure.getAndSet(null) != null;
    if (!idle.offerFirst(new Connection(transport, nanoTime.getAsLong()))) {
      close(transport);
    }
    return back;
  }

  /**
   * While the last send failed, asks the server whether it answers again: connects (greeting and
   * EHLO, with at most {@link #PROBE_TIMEOUT} for each, so that a hung server does not hold the
   * caller for the sends' 10 minutes) and quits. Without it, the emails waiting on a back-off of
   * up to 2 hours wait for it to end even when the server is back, since no send succeeds
   * meanwhile to say so.
   *
   * @return true for the first probe or send to succeed after a failure (one caller sees it): mail is back
   */
  public boolean probe() {
    if (lastFailure.get() == null) {
      return false;
    }
    try {
      connect(probeSession()).close();
    } catch (MessagingException stillDown) {
      return false;
    }
    return lastFailure.getAndSet(null) != null;
  }

  /** Why the last send failed, or empty when it went (or none was tried yet). */
  public Optional<String> lastFailure() {
    return Optional.ofNullable(lastFailure.get());
  }

  /** Open connections waiting for an email. */
  int idleCount() {
    return idle.size();
  }

  /** Connections opened so far. */
  int openedCount() {
    return opened.get();
  }

  @Override
  public void close() {
    Connection connection;
    while ((connection = idle.pollFirst()) != null) {
      close(connection.transport());
    }
  }

  private Transport take() throws MessagingException {
    Connection connection;
    while ((connection = idle.pollFirst()) != null) {
      // isConnected() asks the server (NOOP): one short round trip, and a server restarted
      // meanwhile costs a new connection rather than a failed email.
      if (nanoTime.getAsLong() - connection.idleSince() < MAX_IDLE.toNanos() && connection.transport().isConnected()) {
        return connection.transport();
      }
      close(connection.transport());
    }
    Transport transport = connect(settings.getSession());
    opened.incrementAndGet();
    return transport;
  }

  private Transport connect(Session session) throws MessagingException {
    Transport transport = session.getTransport(protocol());
    String username = settings.getUsername();
    String password = settings.getPassword();
    transport.connect(settings.getHost(), settings.getPort(),
        username == null || username.isEmpty() ? null : username,
        password == null || password.isEmpty() ? null : password);
    return transport;
  }

  /** The sender's settings with every wait cut to {@link #PROBE_TIMEOUT}. */
  private Session probeSession() {
    Properties properties = new Properties();
    properties.putAll(settings.getJavaMailProperties());
    for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
      properties.put("mail." + protocol() + "." + timeout, String.valueOf(PROBE_TIMEOUT.toMillis()));
    }
    return Session.getInstance(properties);
  }

  private String protocol() {
    return settings.getProtocol() == null ? "smtp" : settings.getProtocol();
  }

  private static void close(Transport transport) {
    if (transport == null) {
      return;
    }
    try {
      transport.close();
    } catch (MessagingException alreadyGone) {
      // The connection is dropped either way.
    }
  }
}
