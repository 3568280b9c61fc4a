package org.foiflow.inbound;

import java.time.Instant;
import java.util.List;

/**
 * A message as read from its raw bytes: what is kept, and what matching looks at.
 *
 * @param messageId the Message-ID header, or null when it has none
 * @param addressed the headers that may carry a reply address, as "Header: value"
 * @param answers the Message-IDs named in In-Reply-To and References
 * @param returned for a bounce, the text of the returned original (its headers at least)
 */
record ReadReply(
    byte[] raw,
    String sha256,
    String messageId,
    String sender,
    Instant sentAt,
    String subject,
    String text,
    List<Attachment> attachments,
    List<String> addressed,
    List<String> answers,
    boolean automatic,
    boolean bounce,
    String bounceReason,
    String returned) {

  /** One attachment, decoded. */
  record Attachment(String name, String contentType, long size, String sha256, byte[] content) {}

  /** Message-ID, or the SHA-256 of the raw bytes for a message without one. */
  String dedupeKey() {
    return messageId != null ? messageId : "sha256:" + sha256;
  }
}
