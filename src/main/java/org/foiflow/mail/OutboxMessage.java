package org.foiflow.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One row of the outbox: an email, and how its sending went. */
public record OutboxMessage(
    long id,
    String processInstanceId,
    MailKind kind,
    LocalDate dueDate,
    String reference,
    String recipient,
    String subject,
    String body,
    Status status,
    int attempts,
    String lastError,
    Instant createdAt,
    Instant sentAt) {

  private static final Pattern MESSAGE_ID = Pattern.compile("<foiflow-outbox-(\\d{1,18})\\.([^@>\\s]{1,32})@foiflow>");

  /**
   * The Message-ID this email always goes out with, also when sent twice, so that mail programs
   * can tell a copy, and so that a reply naming it (In-Reply-To, References) finds its request.
   */
  public String messageId() {
    return "<foiflow-outbox-" + id + "." + reference + "@foiflow>";
  }

  /** The outbox id named by a Message-ID of ours, e.g. in a reply's In-Reply-To; empty for any other. */
  public static Optional<Long> idIn(String messageId) {
    Matcher matcher = MESSAGE_ID.matcher(messageId == null ? "" : messageId.strip());
    return matcher.matches() ? Optional.of(Long.parseLong(matcher.group(1))) : Optional.empty();
  }

  /**
   * PENDING until the first attempt; FAILED while the SMTP server refuses; SENT exactly once;
   * CANCELLED, never sent, when its batch was withdrawn while the letter waited for its turn.
   */
  public enum Status {
    PENDING,
    FAILED,
    SENT,
    CANCELLED
  }
}
