package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Against a real SMTP server: the built-in catcher (GreenMail) on a free port. */
class SmtpConnectionsTest {

  private final MailCatcher server = new MailCatcher(0);
  private final AtomicLong clock = new AtomicLong();
  private SmtpConnections connections;

  @BeforeEach
  void start() {
    server.start();
    var sender = new JavaMailSenderImpl();
    sender.setHost(MailCatcher.HOST);
    sender.setPort(server.port());
    connections = new SmtpConnections(sender, clock::get);
  }

  @AfterEach
  void stop() {
    connections.close();
    server.stop();
  }

  @Test
  void theNextEmailGoesOverTheSameConnection() throws Exception {
    connections.send(email("one"));
    connections.send(email("two"));

    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("one", "two");
    assertThat(connections.openedCount()).isOne();
  }

  @Test
  void aConnectionIdleTooLongIsReplaced() throws Exception {
    connections.send(email("one"));
    clock.addAndGet(SmtpConnections.MAX_IDLE.toNanos() + 1);

    connections.send(email("two"));

    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("one", "two");
    assertThat(connections.openedCount()).isEqualTo(2);
  }

  @Test
  void aConnectionTheServerDroppedIsReplaced() throws Exception {
    connections.send(email("one"));
    server.stop();
    server.start();

    connections.send(email("two"));

    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("one", "two");
    assertThat(connections.openedCount()).isEqualTo(2);
  }

  @Test
  void anUnreachableServerIsReportedAndNothingKept() throws Exception {
    connections.send(email("one"));
    server.stop();

    assertThatThrownBy(() -> connections.send(email("lost"))).isInstanceOf(MailSendException.class);
    assertThat(connections.idleCount()).isZero();

    server.start();
    connections.send(email("retried"));
    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("one", "retried");
  }

  @Test
  void aConnectionThatFailedOtherwiseThanBySmtpIsClosedNotKept() throws Exception {
    connections.send(email("one"));
    MimeMessage broken = new MimeMessage(email("broken")) {
      @Override
      public void writeTo(java.io.OutputStream out, String[] ignoreList) {
        throw new IllegalStateException("attachment stream failed halfway");
      }
    };

    assertThatThrownBy(() -> connections.send(broken)).isInstanceOf(MailSendException.class);
    assertThat(connections.idleCount()).as("the half-used connection is not kept").isZero();

    connections.send(email("two"));
    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("one", "two");
    assertThat(connections.openedCount()).isEqualTo(2);
  }

  @Test
  void aProbeAfterAFailureFindsTheServerBackOnceAndOnlyThen() throws Exception {
    assertThat(connections.probe()).as("nothing failed").isFalse();
    server.stop();
    assertThatThrownBy(() -> connections.send(email("lost"))).isInstanceOf(MailSendException.class);
    assertThat(connections.probe()).as("still down").isFalse();
    assertThat(connections.lastFailure()).isPresent();

    server.start();
    assertThat(connections.probe()).as("back").isTrue();
    assertThat(connections.lastFailure()).isEmpty();
    assertThat(connections.probe()).as("back already").isFalse();
    assertThat(connections.send(email("after")))
        .as("the probe, not this send, was the first to succeed").isFalse();
    assertThat(server.caught()).extracting(MailCatcher.CaughtMail::subject).containsExactly("after");
  }

  private MimeMessage email(String subject) throws MessagingException {
    MimeMessage mime = connections.newMessage();
    var mail = new MimeMessageHelper(mime, "UTF-8");
    mail.setFrom("foiflow@localhost");
    mail.setTo("alice@example.org");
    mail.setSubject(subject);
    mail.setText("text");
    return mime;
  }
}
