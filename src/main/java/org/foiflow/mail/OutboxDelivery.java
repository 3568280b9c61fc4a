package org.foiflow.mail;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Supplier;
import org.foiflow.mail.OutboxMessage.Status;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.TransactionException;

/**
 * Sends one outbox email over SMTP unless it went already. A refusal is recorded on the row
 * (attempts, last error), logged in one line and thrown on as {@link MailNotSent}, so that the
 * job fails and the engine retries it.
 */
public class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);

  /**
   * Tries of the "SENT" mark. If all fail, the job fails and its retry sends the email again: a
   * database that fails for a moment (connections terminated during a storm) re-sent 3 of 1,200
   * emails when the mark was tried once (issue 20).
   */
  static final int MARK_TRIES = 3;
  static final Duration MARK_PAUSE = Duration.ofMillis(500);

  private final Outbox outbox;
  private final SmtpConnections smtp;
  private final MailSettings settings;
  private final Supplier<Instant> now;
  private final ReplyAddress replyAddress;

  public OutboxDelivery(Outbox outbox, SmtpConnections smtp, MailSettings settings, Supplier<Instant> now) {
    this(outbox, smtp, settings, now, reference -> Optional.empty());
  }

  /** {@code replyAddress}: the request's own address for replies, in Reply-To of every email to an authority. */
  public OutboxDelivery(
      Outbox outbox, SmtpConnections smtp, MailSettings settings, Supplier<Instant> now, ReplyAddress replyAddress) {
    this.outbox = outbox;
    this.smtp = smtp;
    this.settings = settings;
    this.now = now;
    this.replyAddress = replyAddress;
  }

  /**
   * What a send found: the email, when the SMTP server took it (now, or the first time for one
   * that went already), and whether this send is the first to succeed after a failed one.
   */
  public record Delivered(OutboxMessage message, Instant sentAt, boolean mailIsBack) {}

  public Delivered deliver(long id) {
    OutboxMessage message = outbox.find(id).orElseThrow(() -> new IllegalStateException("no outbox email " + id));
    if (message.status() == Status.SENT) {
      LOG.info("Outbox email {} ({} {}) went already; not sent again", id, message.reference(), message.kind());
      return new Delivered(message, message.sentAt(), false);
    }
    boolean back;
    try {
      back = smtp.send(compose(message));
    } catch (MailException e) {
      outbox.markFailed(id, e.getMessage());
      // One line per attempt: during an outage every email fails again at each retry, and a stack
      // trace for each (two, with the engine's own) grew the log by 39 MB in 10 minutes (issue 20).
      String failure = "Could not send %s for %s to %s (attempt %d): %s"
          .formatted(message.kind(), message.reference(), message.recipient(), message.attempts() + 1, oneLine(e.getMessage()));
      LOG.warn(failure);
      throw new MailNotSent(failure);
    }
    Instant sentAt = now.get();
    markSent(message, sentAt);
    LOG.info("Sent {} for {} to {}", message.kind(), message.reference(), message.recipient());
    return new Delivered(message, sentAt, back);
  }

  private void markSent(OutboxMessage message, Instant sentAt) {
    for (int tryNumber = 1; ; tryNumber++) {
      try {
        outbox.markSent(message.id(), sentAt);
        return;
      } catch (DataAccessException | TransactionException e) {
        if (tryNumber == MARK_TRIES) {
          throw e;
        }
        LOG.warn("Sent {} for {} to {}, but could not record it (try {} of {}); trying again: {}",
            message.kind(), message.reference(), message.recipient(), tryNumber, MARK_TRIES, oneLine(e.getMessage()));
        pause();
      }
    }
  }

  private static void pause() {
    try {
      Thread.sleep(MARK_PAUSE.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while recording a sent email", e);
    }
  }

  private MimeMessage compose(OutboxMessage message) {
    try {
      MimeMessage mime = smtp.newMessage();
      var mail = new MimeMessageHelper(mime, "UTF-8");
      mail.setFrom(settings.from());
      var replyTo = message.kind().recipient() == MailKind.Recipient.AUTHORITY
          ? replyAddress.forReference(message.reference())
          : Optional.<String>empty();
      if (replyTo.isPresent()) {
        mail.setReplyTo(replyTo.get());
      } else if (settings.replyTo() != null && !settings.replyTo().isBlank()) {
        mail.setReplyTo(settings.replyTo());
      }
      mail.setTo(message.recipient());
      mail.setSubject(message.subject());
      mail.setText(message.body());
      mail.setSentDate(Date.from(now.get()));
      mime.saveChanges();
      // After saveChanges, which would replace it. The same email always has the same Message-ID,
      // so that in the rare case it is sent twice (a node dying between the SMTP server's
      // acceptance and the outbox's record of it, see the README's cluster section) mail
      // clients can tell.
      mime.setHeader("Message-ID", message.messageId());
      return mime;
    } catch (jakarta.mail.MessagingException e) {
      throw new MailPreparationException("Could not compose outbox email " + message.id(), e);
    }
  }

  private static String oneLine(String text) {
    return text == null ? "no reason given" : text.replaceAll("\\s+", " ").strip();
  }
}
