package org.foiflow.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail_outbox table. Writing joins the caller's transaction (the process step's), so an
 * email exists exactly when the step that asked for it committed. Recording a send or a failure
 * commits on its own: the SMTP server has already answered, whatever happens to the job after.
 */
@Repository
public class Outbox {

  /** Longer SMTP errors are cut to fit the column. */
  static final int MAX_ERROR_LENGTH = 2000;

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  public Outbox(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** An email to write: everything but its sending state. */
  public record Draft(
      String processInstanceId,
      MailKind kind,
      LocalDate dueDate,
      String reference,
      String recipient,
      String subject,
      String body) {}

  /**
   * Adds the email unless the outbox already has one of this process instance, kind and due date.
   *
   * @return the new row's id, or empty when it was already there
   */
  public Optional<Long> addIfAbsent(Draft draft, Instant now) {
    boolean present =
        jdbc.sql("SELECT COUNT(*) FROM mail_outbox WHERE process_instance_id = ? AND kind = ? AND due_date = ?")
                .params(draft.processInstanceId(), draft.kind().name(), draft.dueDate())
                .query(Long.class)
                .single()
            > 0;
    if (present) {
      return Optional.empty();
    }
    var key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO mail_outbox (process_instance_id, kind, due_date, reference, recipient, subject, body,
                                     status, attempts, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
        .params(
            draft.processInstanceId(), draft.kind().name(), draft.dueDate(), draft.reference(),
            draft.recipient(), draft.subject(), draft.body(), Timestamp.from(now))
        .update(key, "id");
    return Optional.of(key.getKey().longValue());
  }

  /**
   * The same email again, to {@code recipient}: a new row, the next edition of the same process
   * instance, kind and due date (the first stays as it went), waiting to be sent.
   *
   * @return the new row's id
   */
  public long addEdition(OutboxMessage sent, String recipient, Instant now) {
    int edition = jdbc.sql("SELECT MAX(edition) FROM mail_outbox WHERE process_instance_id = ? AND kind = ? AND due_date = ?")
            .params(sent.processInstanceId(), sent.kind().name(), sent.dueDate())
            .query(Integer.class)
            .single()
        + 1;
    var key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO mail_outbox (process_instance_id, kind, due_date, edition, reference, recipient, subject, body,
                                     status, attempts, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'PENDING', 0, ?)""")
        .params(
            sent.processInstanceId(), sent.kind().name(), sent.dueDate(), edition, sent.reference(),
            recipient, sent.subject(), sent.body(), Timestamp.from(now))
        .update(key, "id");
    return key.getKey().longValue();
  }

  public Optional<OutboxMessage> find(long id) {
    return jdbc.sql("SELECT * FROM mail_outbox WHERE id = ?").param(id).query(Outbox::row).optional();
  }

  /** Newest first. */
  public List<OutboxMessage> list(int limit) {
    return jdbc.sql("SELECT * FROM mail_outbox ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY")
        .query(Outbox::row)
        .list();
  }

  public List<OutboxMessage> forReference(String reference) {
    return jdbc.sql("SELECT * FROM mail_outbox WHERE reference = ? ORDER BY id").param(reference).query(Outbox::row).list();
  }

  public void markSent(long id, Instant at) {
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql("UPDATE mail_outbox SET status = 'SENT', attempts = attempts + 1, last_error = NULL, sent_at = ? WHERE id = ?")
                .params(Timestamp.from(at), id)
                .update());
  }

  /** In the caller's transaction: the withdrawal that cancels it, and the email's end, commit together. */
  void markCancelled(long id) {
    jdbc.sql("UPDATE mail_outbox SET status = 'CANCELLED' WHERE id = ? AND status <> 'SENT'").param(id).update();
  }

  public void markFailed(long id, String error) {
    String cut = error == null ? "unknown error" : error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    ownTransaction.executeWithoutResult(
        status ->
            jdbc.sql("UPDATE mail_outbox SET status = 'FAILED', attempts = attempts + 1, last_error = ? WHERE id = ?")
                .params(cut, id)
                .update());
  }

  private static OutboxMessage row(ResultSet rs, int rowNum) throws SQLException {
    Timestamp sentAt = rs.getTimestamp("sent_at");
    return new OutboxMessage(
        rs.getLong("id"),
        rs.getString("process_instance_id"),
        MailKind.valueOf(rs.getString("kind")),
        rs.getDate("due_date").toLocalDate(),
        rs.getString("reference"),
        rs.getString("recipient"),
        rs.getString("subject"),
        rs.getString("body"),
        OutboxMessage.Status.valueOf(rs.getString("status")),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        rs.getTimestamp("created_at").toInstant(),
        sentAt == null ? null : sentAt.toInstant());
  }
}
