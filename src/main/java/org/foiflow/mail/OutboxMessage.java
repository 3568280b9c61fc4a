package org.foiflow.mail;

import java.time.Instant;
import java.time.LocalDate;

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

  /** PENDING until the first attempt; FAILED while the SMTP server refuses; SENT exactly once. */
  public enum Status {
    PENDING,
    FAILED,
    SENT
  }
}
