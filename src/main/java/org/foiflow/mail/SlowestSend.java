package org.foiflow.mail;

import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

/**
 * The longest one email's send may take with the given Jakarta Mail settings, step by step as
 * RFC 5321 s.4.5.3.2 times a client: opening the connection ({@code mail.smtp.connectiontimeout};
 * the RFC sets no limit), the greeting 220 (5 minutes, s.4.5.3.2.1), MAIL (5, s.4.5.3.2.2), RCPT
 * (5, s.4.5.3.2.3; FOI Flow sends each email to one address), DATA (2, s.4.5.3.2.4), the email
 * itself (3, s.4.5.3.2.5) and the reply to its final "." (10, s.4.5.3.2.6), then the SENT mark's
 * tries. A reply step waits at most the RFC's limit or the read timeout ({@code mail.smtp.timeout}),
 * whichever is shorter, the email's block the write timeout ({@code mail.smtp.writetimeout}).
 *
 * <p>Jakarta Mail has one read timeout for every reply, 10 minutes by default (the last step's),
 * so a server slower than the RFC's limit at several steps could still take longer than this.
 */
public record SlowestSend(Duration duration) {

  private static final Duration GREETING = Duration.ofMinutes(5);
  private static final Duration MAIL = Duration.ofMinutes(5);
  private static final Duration RCPT = Duration.ofMinutes(5);
  private static final Duration DATA_INITIATION = Duration.ofMinutes(2);
  private static final Duration DATA_BLOCK = Duration.ofMinutes(3);
  private static final Duration DATA_TERMINATION = Duration.ofMinutes(10);

  /**
   * @param javaMail the sender's Jakarta Mail properties
   * @return empty when no connection timeout is set: a send may then wait for ever to connect
   */
  public static Optional<SlowestSend> of(Properties javaMail) {
    Optional<Duration> connect = millis(javaMail, "mail.smtp.connectiontimeout");
    if (connect.isEmpty()) {
      return Optional.empty();
    }
    Duration read = millis(javaMail, "mail.smtp.timeout").orElse(DATA_TERMINATION);
    Duration write = millis(javaMail, "mail.smtp.writetimeout").orElse(DATA_BLOCK);
    Duration marks = OutboxDelivery.MARK_PAUSE.multipliedBy(OutboxDelivery.MARK_TRIES);
    return Optional.of(new SlowestSend(connect.get()
        .plus(shorter(GREETING, read)).plus(shorter(MAIL, read)).plus(shorter(RCPT, read))
        .plus(shorter(DATA_INITIATION, read)).plus(shorter(DATA_BLOCK, write)).plus(shorter(DATA_TERMINATION, read))
        .plus(marks)));
  }

  /** Why a job lock of {@code lockTime} is too short for this send; empty when it outlasts it. */
  public Optional<String> tooLong(Duration lockTime) {
    if (lockTime.compareTo(duration) > 0) {
      return Optional.empty();
    }
    return Optional.of(("The job lock (camunda.bpm.job-execution.lock-time-in-millis, %d ms) is not longer than the slowest "
        + "email send the mail settings allow (%d ms, RFC 5321 s.4.5.3.2): an email still being sent when its lock "
        + "expires can be sent twice. Make the lock longer, or the mail timeouts shorter.")
        .formatted(lockTime.toMillis(), duration.toMillis()));
  }

  private static Duration shorter(Duration rfc, Duration configured) {
    return configured.compareTo(rfc) < 0 ? configured : rfc;
  }

  /** Jakarta Mail reads these as milliseconds; 0 or less means no limit. */
  private static Optional<Duration> millis(Properties javaMail, String name) {
    Object value = javaMail.get(name);
    if (value == null) {
      return Optional.empty();
    }
    long millis = Long.parseLong(value.toString().strip());
    return millis > 0 ? Optional.of(Duration.ofMillis(millis)) : Optional.empty();
  }
}
