package org.foiflow.batch;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.foiflow.contract.Regime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The batch_request and batch_member tables. Every write joins the caller's transaction (the
 * process step's), so a member is recorded as started exactly when its request was.
 */
@Repository
class BatchBook {

  /** A batch as registered. */
  record Batch(String reference, String processInstanceId, String initiator, String subject, String sendBy, Instant createdAt) {}

  /** A member: its authority and, once started, its request. */
  record Member(
      int position, String authorityName, String authorityEmail, Regime regime, String processInstanceId,
      String requestReference) {}

  private final JdbcClient jdbc;
  private final JdbcTemplate batches;

  BatchBook(JdbcClient jdbc, JdbcTemplate batches) {
    this.jdbc = jdbc;
    this.batches = batches;
  }

  void add(Batch batch, List<Member> members) {
    jdbc.sql("INSERT INTO batch_request (reference, process_instance_id, initiator, subject, send_by, created_at)"
            + " VALUES (?, ?, ?, ?, ?, ?)")
        .params(batch.reference(), batch.processInstanceId(), batch.initiator(), batch.subject(), batch.sendBy(),
            Timestamp.from(batch.createdAt()))
        .update();
    // One batched statement: a row at a time would be 500 round trips inside the form's answer.
    batches.batchUpdate(
        "INSERT INTO batch_member (batch_reference, position, authority_name, authority_email, regime) VALUES (?, ?, ?, ?, ?)",
        members.stream()
            .map(m -> new Object[] {batch.reference(), m.position(), m.authorityName(), m.authorityEmail(), m.regime().name()})
            .toList());
  }

  Optional<Batch> find(String reference) {
    return jdbc.sql("SELECT * FROM batch_request WHERE reference = ?").param(reference).query(BatchBook::batch).optional();
  }

  int memberCount(String reference) {
    return jdbc.sql("SELECT COUNT(*) FROM batch_member WHERE batch_reference = ?").param(reference).query(Integer.class).single();
  }

  /** Members from position {@code from} (inclusive) to {@code to} (exclusive) not started yet. */
  List<Member> unstarted(String reference, int from, int to) {
    return jdbc.sql("SELECT * FROM batch_member WHERE batch_reference = ? AND position >= ? AND position < ?"
            + " AND process_instance_id IS NULL ORDER BY position")
        .params(reference, from, to)
        .query(BatchBook::member)
        .list();
  }

  List<Member> members(String reference) {
    return jdbc.sql("SELECT * FROM batch_member WHERE batch_reference = ? ORDER BY position")
        .param(reference)
        .query(BatchBook::member)
        .list();
  }

  void started(String reference, int position, String processInstanceId, String requestReference) {
    jdbc.sql("UPDATE batch_member SET process_instance_id = ?, request_reference = ? WHERE batch_reference = ? AND position = ?")
        .params(processInstanceId, requestReference, reference, position)
        .update();
  }

  private static Batch batch(ResultSet rs, int row) throws SQLException {
    return new Batch(
        rs.getString("reference"), rs.getString("process_instance_id"), rs.getString("initiator"), rs.getString("subject"),
        rs.getString("send_by"), rs.getTimestamp("created_at").toInstant());
  }

  private static Member member(ResultSet rs, int row) throws SQLException {
    return new Member(
        rs.getInt("position"), rs.getString("authority_name"), rs.getString("authority_email"),
        Regime.valueOf(rs.getString("regime")), rs.getString("process_instance_id"), rs.getString("request_reference"));
  }
}
