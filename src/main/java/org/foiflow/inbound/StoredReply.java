package org.foiflow.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

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
  public record AttachmentInfo(long id, String name, String contentType, long size, String sha256) {

    /** Where it downloads, for whoever may read its request (InboundController). */
    public String link() {
      return "/api/inbound/attachments/" + id;
    }

    /** "512 bytes", "12 KB", "3.4 MB". */
    public String sizeInWords() {
      if (size < 1024) {
        return size + " bytes";
      }
      if (size < 1024 * 1024) {
        return Math.round(size / 1024.0) + " KB";
      }
      return String.format(Locale.UK, "%.1f MB", size / (1024.0 * 1024.0));
    }
  }
}
