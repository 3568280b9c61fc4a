package org.foiflow.inbound;

import java.time.Instant;
import java.util.List;

/** A kept message, without its raw bytes, for the request page, the holding pen and the process. */
public record StoredReply(
    long id,
    String sender,
    Instant sentAt,
    Instant receivedAt,
    String subject,
    String text,
    Status status,
    String reference,
    String matchReason,
    String guesses,
    boolean automatic,
    boolean bounce,
    String bounceReason,
    List<AttachmentInfo> attachments) {

  /** MATCHED to a request, or HELD for a person to file. */
  public enum Status {
    MATCHED,
    HELD
  }

  /** An attachment's facts; its content is downloaded on its own. */
  public record AttachmentInfo(long id, String name, String contentType, long size, String sha256) {}
}
