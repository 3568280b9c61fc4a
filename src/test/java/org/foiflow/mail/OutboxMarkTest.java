package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.foiflow.mail.OutboxMessage.Status;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The database fails at the "SENT" mark (an outbox whose mark throws as a terminated connection
 * does) after the SMTP server (the built-in catcher, a real one) accepted the email: the mark is
 * tried again, so the job does not fail and the email is not sent a second time; only when every
 * try fails does the job fail.
 */
class OutboxMarkTest {

  private final MailCatcher server = new MailCatcher(0);
  private SmtpConnections smtp;

  @BeforeEach
  void start() {
    server.start();
    var sender = new JavaMailSenderImpl();
    sender.setHost(MailCatcher.HOST);
    sender.setPort(server.port());
    smtp = new SmtpConnections(sender);
  }

  @AfterEach
  void stop() {
    smtp.close();
    server.stop();
  }

  @Test
  void aMarkThatFailsTwiceIsRecordedAtTheThirdTryAndTheEmailGoesOnce() {
    var outbox = new FailingMarks(2);
    delivery(outbox).deliver(1);
    assertThat(outbox.marks.get()).isEqualTo(3);
    assertThat(server.receivedCount()).isEqualTo(1);
  }

  @Test
  void whenEveryTryFailsTheJobFails() {
    var outbox = new FailingMarks(OutboxDelivery.MARK_TRIES);
    assertThatThrownBy(() -> delivery(outbox).deliver(1)).isInstanceOf(DataAccessResourceFailureException.class);
    assertThat(outbox.marks.get()).isEqualTo(OutboxDelivery.MARK_TRIES);
    assertThat(server.receivedCount()).isEqualTo(1);
  }

  private OutboxDelivery delivery(Outbox outbox) {
    return new OutboxDelivery(outbox, smtp, new MailSettings("FOI Flow <foiflow@localhost>", "", null), Instant::now);
  }

  /** One PENDING email; its first {@code failures} marks fail as a terminated connection does. */
  private static final class FailingMarks extends Outbox {

    final AtomicInteger marks = new AtomicInteger();
    private final int failures;

    FailingMarks(int failures) {
      super(null, null);
      this.failures = failures;
    }

    @Override
    public Optional<OutboxMessage> find(long id) {
      return Optional.of(new OutboxMessage(id, "pi", MailKind.CONFIRMATION, LocalDate.of(2025, 4, 1), "FOI-2025-0001",
          "alice@example.org", "Your request FOI-2025-0001", "Body", Status.PENDING, 0, null, Instant.now(), null));
    }

    @Override
    public void markSent(long id, Instant at) {
      if (marks.incrementAndGet() <= failures) {
        throw new DataAccessResourceFailureException("terminating connection due to administrator command");
      }
    }
  }
}
