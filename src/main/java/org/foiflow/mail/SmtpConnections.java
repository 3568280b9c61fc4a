package org.foiflow.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Open SMTP connections kept for the next email, in a commons-pool2 pool. Opening one costs a TCP
 * connect, the server's greeting and EHLO, and closing one a QUIT: with a connection per email the
 * reminder-storm benchmark spent most of its time waiting for those replies. A connection idle for
 * longer than {@link #MAX_IDLE} is closed instead of reused, well before servers drop idle clients
 * (RFC 5321 lets them after five minutes), and one the server no longer answers is replaced. A
 * connection that fails during a send, for whatever reason, is closed and never reused; the email's
 * job fails and is retried on a fresh one, so no email is sent again from here.
 */
public class SmtpConnections implements AutoCloseable {

  static final Duration MAX_IDLE = Duration.ofSeconds(30);
  /** More than the job executor's threads: each sending thread finds one. */
  static final int MAX_KEPT = 16;
  static final Duration PROBE_TIMEOUT = Duration.ofSeconds(10);

  private final JavaMailSenderImpl settings;
  private final Session sendSession;
  private final GenericObjectPool<Transport> pool;
  /** Why the last send failed; null once a send succeeds (MailHealth). */
  private final AtomicReference<String> lastFailure = new AtomicReference<>();

  public SmtpConnections(JavaMailSenderImpl settings) {
    this(settings, System::nanoTime);
  }

  SmtpConnections(JavaMailSenderImpl settings, LongSupplier nanoTime) {
    this.settings = settings;
    this.sendSession = Session.getInstance(withoutQuitWait(settings.getJavaMailProperties()));
    var config = new GenericObjectPoolConfig<Transport>();
    config.setMaxTotal(-1); // never make a sending thread wait for another's connection
    config.setMaxIdle(MAX_KEPT);
    config.setLifo(true); // the most recently used connection is the likeliest still open
    config.setTestOnBorrow(true);
    config.setJmxEnabled(false);
    this.pool = new GenericObjectPool<>(new Connections(nanoTime), config);
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
    Transport transport = borrow();
    try {
      transport.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      discard(transport);
      throw failed(e);
    }
    pool.returnObject(transport);
    return lastFailure.getAndSet(null) != null;
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
    return pool.getNumIdle();
  }

  /** Connections opened so far. */
  long openedCount() {
    return pool.getCreatedCount();
  }

  @Override
  public void close() {
    pool.close();
  }

  private Transport borrow() {
    try {
      return pool.borrowObject();
    } catch (Exception e) {
      throw failed(e);
    }
  }

  private void discard(Transport transport) {
    try {
      pool.invalidateObject(transport); // closes it (Connections.destroyObject)
    } catch (Exception alreadyGone) {
      // The connection is dropped either way.
    }
  }

  private MailSendException failed(Exception e) {
    lastFailure.set(String.valueOf(e.getMessage()));
    return new MailSendException("SMTP send failed: " + e.getMessage(), e);
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

  /**
   * Closing sends QUIT without waiting for its reply: a connection that failed in the middle of an
   * email would otherwise hold its thread for the whole read timeout (10 minutes) while the server
   * still waits for the rest of the email. QUIT's reply tells nothing about emails already sent.
   */
  private Properties withoutQuitWait(Properties javaMail) {
    Properties properties = new Properties();
    properties.putAll(javaMail);
    properties.put("mail." + protocol() + ".quitwait", "false");
    return properties;
  }

  /** The sender's settings with every wait cut to {@link #PROBE_TIMEOUT}. */
  private Session probeSession() {
    Properties properties = withoutQuitWait(settings.getJavaMailProperties());
    for (String timeout : List.of("connectiontimeout", "timeout", "writetimeout")) {
      properties.put("mail." + protocol() + "." + timeout, String.valueOf(PROBE_TIMEOUT.toMillis()));
    }
    return Session.getInstance(properties);
  }

  private String protocol() {
    return settings.getProtocol() == null ? "smtp" : settings.getProtocol();
  }

  /**
   * Opens, checks and closes connections for the pool. The idle age is judged on our own clock
   * (tests move it) rather than the pool's, which only an evictor thread would read.
   */
  private final class Connections extends BasePooledObjectFactory<Transport> {

    private final LongSupplier nanoTime;

    Connections(LongSupplier nanoTime) {
      this.nanoTime = nanoTime;
    }

    @Override
    public Transport create() throws MessagingException {
      return connect(sendSession);
    }

    @Override
    public PooledObject<Transport> wrap(Transport transport) {
      return new IdleSince(transport, nanoTime.getAsLong());
    }

    @Override
    public void passivateObject(PooledObject<Transport> connection) {
      ((IdleSince) connection).idleSince = nanoTime.getAsLong();
    }

    /** isConnected() asks the server (NOOP): one short round trip, and a restarted server costs a new connection rather than a failed email. */
    @Override
    public boolean validateObject(PooledObject<Transport> connection) {
      return nanoTime.getAsLong() - ((IdleSince) connection).idleSince < MAX_IDLE.toNanos()
          && connection.getObject().isConnected();
    }

    @Override
    public void destroyObject(PooledObject<Transport> connection) {
      try {
        connection.getObject().close();
      } catch (MessagingException alreadyGone) {
        // The connection is dropped either way.
      }
    }
  }

  private static final class IdleSince extends DefaultPooledObject<Transport> {

    private volatile long idleSince;

    IdleSince(Transport transport, long now) {
      super(transport);
      this.idleSince = now;
    }
  }
}
