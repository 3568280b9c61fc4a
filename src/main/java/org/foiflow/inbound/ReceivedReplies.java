package org.foiflow.inbound;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The inbound_message and inbound_attachment tables; writes join the caller's transaction. */
@Repository
class ReceivedReplies {

  private final JdbcClient jdbc;

  ReceivedReplies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The message already kept under this Message-ID (or SHA-256), with its status and reference. */
  Optional<StoredReply> findByDedupeKey(String dedupeKey) {
    return jdbc.sql("SELECT id FROM inbound_message WHERE dedupe_key = ?").param(dedupeKey).query(Long.class).optional()
        .flatMap(this::find);
  }

  long add(ReadReply reply, Match match, Instant receivedAt) {
    var key = new GeneratedKeyHolder();
    jdbc.sql(
            """
            INSERT INTO inbound_message (dedupe_key, message_id, sha256, raw, raw_size, sender, sent_at, received_at, subject,
                                         body_text, status, reference, match_reason, guesses, automatic, bounce,
                                         bounce_reason)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            reply.dedupeKey(), reply.messageId(), reply.sha256(), reply.raw(), reply.raw().length, reply.sender(),
            reply.sentAt() == null ? null : Timestamp.from(reply.sentAt()), Timestamp.from(receivedAt), reply.subject(),
            reply.text(), (match.matched() ? StoredReply.Status.MATCHED : StoredReply.Status.HELD).name(), match.reference(),
            ReplyReader.cut(match.reason(), 1000), match.guesses(), reply.automatic(), reply.bounce(),
            reply.bounce() ? ReplyReader.cut(reply.bounceReason() == null ? "the message could not be delivered" : reply.bounceReason(), 1000) : null)
        .update(key, "id");
    long id = key.getKey().longValue();
    for (ReadReply.Attachment attachment : reply.attachments()) {
      jdbc.sql("INSERT INTO inbound_attachment (message_id, name, content_type, size, sha256, content) VALUES (?, ?, ?, ?, ?, ?)")
          .params(id, attachment.name(), attachment.contentType(), attachment.size(), attachment.sha256(), attachment.content())
          .update();
    }
    return id;
  }

  /** Files a held message on a request; false when it is not (or no longer) held. */
  boolean assign(long id, String reference, String reason) {
    return jdbc.sql("UPDATE inbound_message SET status = 'MATCHED', reference = ?, match_reason = ? WHERE id = ? AND status = 'HELD'")
            .params(reference, reason, id)
            .update()
        == 1;
  }

  Optional<StoredReply> find(long id) {
    return list("WHERE m.id = ?", id, 1).stream().findFirst();
  }

  List<StoredReply> forReference(String reference, int limit) {
    return list("WHERE m.reference = ?", reference, limit);
  }

  List<StoredReply> held(int limit) {
    return list("WHERE m.status = ?", StoredReply.Status.HELD.name(), limit);
  }

  /** An attachment's content, with the reference of its message (null while held). */
  record Download(String reference, String name, String contentType, byte[] content) {}

  Optional<Download> attachment(long attachmentId) {
    return jdbc.sql(
            """
            SELECT m.reference, a.name, a.content_type, a.content FROM inbound_attachment a
            JOIN inbound_message m ON m.id = a.message_id WHERE a.id = ?""")
        .param(attachmentId)
        .query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
        .optional();
  }

  private List<StoredReply> list(String where, Object value, int limit) {
    List<StoredReply> messages = jdbc.sql(
            "SELECT m.id, m.sender, m.sent_at, m.received_at, m.subject, m.body_text, m.status, m.reference, m.match_reason,"
                + " m.guesses, m.automatic, m.bounce, m.bounce_reason FROM inbound_message m " + where
                + " ORDER BY m.id FETCH FIRST " + limit + " ROWS ONLY")
        .param(value)
        .query(ReceivedReplies::message)
        .list();
    if (messages.isEmpty()) {
      return messages;
    }
    Map<Long, List<StoredReply.AttachmentInfo>> attachments = new LinkedHashMap<>();
    List<Long> ids = messages.stream().map(StoredReply::id).toList();
    jdbc.sql("SELECT id, message_id, name, content_type, size, sha256 FROM inbound_attachment WHERE message_id IN (:ids) ORDER BY id")
        .param("ids", ids)
        .query((rs, n) -> {
          attachments.computeIfAbsent(rs.getLong("message_id"), k -> new ArrayList<>())
              .add(new StoredReply.AttachmentInfo(
                  rs.getLong("id"), rs.getString("name"), rs.getString("content_type"), rs.getLong("size"), rs.getString("sha256")));
          return null;
        })
        .list();
    return messages.stream()
        .map(m -> new StoredReply(
            m.id(), m.sender(), m.sentAt(), m.receivedAt(), m.subject(), m.text(), m.status(), m.reference(), m.matchReason(),
            m.guesses(), m.automatic(), m.bounce(), m.bounceReason(), attachments.getOrDefault(m.id(), List.of())))
        .toList();
  }

  private static StoredReply message(ResultSet rs, int rowNum) throws SQLException {
    Timestamp sent = rs.getTimestamp("sent_at");
    return new StoredReply(
        rs.getLong("id"), rs.getString("sender"), sent == null ? null : sent.toInstant(),
        rs.getTimestamp("received_at").toInstant(), rs.getString("subject"), rs.getString("body_text"),
        StoredReply.Status.valueOf(rs.getString("status")), rs.getString("reference"), rs.getString("match_reason"),
        rs.getString("guesses"), rs.getBoolean("automatic"), rs.getBoolean("bounce"), rs.getString("bounce_reason"), List.of());
  }
}
