package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import javax.sql.DataSource;
import org.foiflow.cluster.SmtpLine;
import org.foiflow.mail.OutboxMessage.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Faults at the end of a send, counted per Message-ID at a real SMTP server (GreenMail) behind
 * {@link SmtpLine}, with the real outbox on the test database (H2): what FOI Flow can tell apart
 * goes once, and the doubles it cannot avoid are counted (README, "Exactly once"). Short timeouts:
 * the point is the mechanism; CrashIT shows a reply after more than 30 s accepted with the
 * shipped ones. Each test prints its figures ([faults] lines), recorded in the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class SmtpFaultsTest {

  static final Duration READ_TIMEOUT = Duration.ofSeconds(2);

  @Autowired Outbox outbox;
  @Autowired DataSource database;

  private GreenMail server;
  private SmtpLine line;
  private SmtpConnections smtp;
  private OutboxDelivery delivery;

  @BeforeEach
  void start() throws Exception {
    server = new GreenMail(new ServerSetup(0, MailCatcher.HOST, ServerSetup.PROTOCOL_SMTP).dynamicPort());
    server.start();
    line = new SmtpLine("faults", server.getSmtp().getPort());
    var sender = new JavaMailSenderImpl();
    sender.setHost(MailCatcher.HOST);
    sender.setPort(line.port());
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", String.valueOf(READ_TIMEOUT.toMillis()));
    smtp = new SmtpConnections(sender);
    delivery = new OutboxDelivery(outbox, smtp, new MailSettings("FOI Flow <foiflow@localhost>", "", null), Instant::now);
  }

  @AfterEach
  void stop() {
    smtp.close();
    line.close();
    server.stop();
  }

  @Test
  void aLateReplyToTheEndOfTheEmailWithinTheReadTimeoutIsOneEmail() {
    long id = email();
    line.delayEndOfData(READ_TIMEOUT.dividedBy(2));

    delivery.deliver(id);

    assertThat(received(id)).isOne();
    assertThat(outbox.find(id).orElseThrow()).extracting(OutboxMessage::status, OutboxMessage::attempts).containsExactly(Status.SENT, 1);
    figures("late reply to the final dot, within the read timeout", id);
  }

  @Test
  void aReplyToTheEndOfTheEmailAfterTheReadTimeoutSendsItTwice() {
    long id = email();
    line.delayEndOfData(READ_TIMEOUT.plusSeconds(1));

    assertThatThrownBy(() -> delivery.deliver(id)).isInstanceOf(MailNotSent.class).hasMessageContaining("Exception reading response");
    assertThat(received(id)).as("the server kept it").isOne();
    line.delayEndOfData(Duration.ZERO);
    delivery.deliver(id);

    assertThat(received(id)).as("FOI Flow could not know, and sent it again").isEqualTo(2);
    figures("reply to the final dot after the read timeout (10 min shipped)", id);
  }

  @Test
  void aServerThatDropsTheLineAfterTheEndOfTheEmailGetsItAgain() {
    long id = email();
    line.dropAfterEndOfData(1);

    assertThatThrownBy(() -> delivery.deliver(id)).isInstanceOf(MailNotSent.class);
    assertThat(received(id)).as("the server kept it").isOne();
    assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(Status.FAILED);
    delivery.deliver(id);

    assertThat(received(id)).isEqualTo(2);
    assertThat(line.endsOfData()).isEqualTo(2);
    figures("line dropped after the final dot, before the reply", id);
  }

  @Test
  void aSentMarkTheDatabaseRefusesForAMomentIsTriedAgainAndTheEmailGoesOnce(CapturedOutput log) throws Exception {
    long id = email();
    refuseSentMarks(true);
    Thread comesBack = new Thread(() -> {
      awaitLogged(log, "but could not record it (try 1 of 3)");
      refuseSentMarks(false);
    });
    try {
      comesBack.start();
      delivery.deliver(id);
      comesBack.join();
    } finally {
      refuseSentMarks(false);
    }
    assertThat(log.getOut()).contains("but could not record it (try 1 of 3)");
    assertThat(outbox.find(id).orElseThrow()).extracting(OutboxMessage::status, OutboxMessage::attempts).containsExactly(Status.SENT, 1);
    delivery.deliver(id); // a retry of the job, were it to run, finds the email sent

    assertThat(received(id)).isOne();
    figures("database refuses the SENT mark for a moment", id);
  }

  @Test
  void aSentMarkTheDatabaseRefusesThreeTimesRunningSendsTheEmailAgain() {
    long id = email();
    refuseSentMarks(true);
    try {
      assertThatThrownBy(() -> delivery.deliver(id)).isInstanceOf(DataAccessException.class);
    } finally {
      refuseSentMarks(false);
    }
    assertThat(received(id)).isOne();
    delivery.deliver(id); // the job's retry: the outbox does not know the email went

    assertThat(received(id)).isEqualTo(2);
    figures("database refuses the SENT mark three times running", id);
  }

  /** A pending email in the real outbox. */
  private long email() {
    String process = "faults-" + UUID.randomUUID();
    return outbox.addIfAbsent(new Outbox.Draft(process, MailKind.CONFIRMATION, LocalDate.of(2026, 12, 2), "FOI-2026-9001",
        "alice@example.org", "Your request FOI-2026-9001", "Body"), Instant.now()).orElseThrow();
  }

  /**
   * From another session, the database refuses (or takes again) every UPDATE that marks an email
   * sent: a constraint no SENT row meets, not checked against the rows already there.
   */
  private void refuseSentMarks(boolean refuse) {
    try (Connection other = database.getConnection(); var sql = other.createStatement()) {
      String unchecked = other.getMetaData().getDatabaseProductName().contains("PostgreSQL") ? "NOT VALID" : "NOCHECK";
      sql.execute(refuse
          ? "ALTER TABLE mail_outbox ADD CONSTRAINT faults_refuse_sent CHECK (status <> 'SENT') " + unchecked
          : "ALTER TABLE mail_outbox DROP CONSTRAINT IF EXISTS faults_refuse_sent");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How many copies of outbox email {@code id} the server received, by its Message-ID. */
  private long received(long id) {
    String messageId = outbox.find(id).orElseThrow().messageId();
    return Arrays.stream(server.getReceivedMessages()).filter(message -> {
      try {
        return messageId.equals(message.getMessageID());
      } catch (MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).count();
  }

  private static void awaitLogged(CapturedOutput log, String text) {
    Instant giveUp = Instant.now().plusSeconds(10);
    while (!log.getOut().contains(text) && Instant.now().isBefore(giveUp)) {
      sleep(Duration.ofMillis(10));
    }
  }

  private void figures(String scenario, long id) {
    long copies = received(id);
    System.out.printf("[faults] %s: expected 1, received %d, lost %d, doubled %d%n", scenario, copies, copies == 0 ? 1 : 0,
        Math.max(0, copies - 1));
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
