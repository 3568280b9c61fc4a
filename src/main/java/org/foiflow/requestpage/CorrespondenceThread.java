package org.foiflow.requestpage;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.foiflow.inbound.StoredReply;
import org.foiflow.mail.OutboxMessage;

/**
 * A request's correspondence in the order it happened: every email FOI Flow wrote for it (the
 * outbox) and every message that came in for it (replies, automatic replies, bounces).
 */
final class CorrespondenceThread {

  private CorrespondenceThread() {}

  static List<RequestDetail.Mail> of(List<OutboxMessage> letters, List<StoredReply> replies, ZoneId zone) {
    List<RequestDetail.Mail> thread = new ArrayList<>();
    for (StoredReply reply : replies) {
      Instant at = reply.receivedAt();
      thread.add(new RequestDetail.Mail(
          "received", kind(reply), at, Words.date(at.atZone(zone).toLocalDate()), reply.sender(), null, reply.subject(),
          reply.text(), note(reply), reply.attachments().stream().map(CorrespondenceThread::attachment).toList()));
    }
    for (OutboxMessage letter : letters) {
      Instant at = letter.sentAt() != null ? letter.sentAt() : letter.createdAt();
      thread.add(new RequestDetail.Mail(
          "sent", "letter", at, Words.date(at.atZone(zone).toLocalDate()), "FOI Flow", letter.recipient(), letter.subject(),
          letter.body(), state(letter), List.of()));
    }
    // Stable: at the same moment a message that came in goes first, as what FOI Flow wrote about it follows it.
    thread.sort(Comparator.comparing(RequestDetail.Mail::at));
    return thread;
  }

  /** Whether an email of ours went. */
  static String state(OutboxMessage letter) {
    return switch (letter.status()) {
      case SENT -> "sent";
      case PENDING -> "waiting to be sent";
      case FAILED -> "not sent yet: the mail server refused it, FOI Flow tries again";
      case CANCELLED -> "not sent: the batch was withdrawn before its turn";
    };
  }

  private static String kind(StoredReply reply) {
    return reply.bounce() ? "bounce" : reply.automatic() ? "automatic reply" : "reply";
  }

  private static String note(StoredReply reply) {
    if (reply.bounce()) {
      return "Delivery failed: an email to the authority came back. The mail server said: " + reply.bounceReason();
    }
    return reply.automatic() ? "An automatic reply (out of office or an acknowledgement), sent by a machine" : null;
  }

  private static RequestDetail.Attachment attachment(StoredReply.AttachmentInfo attachment) {
    return new RequestDetail.Attachment(
        attachment.name(), attachment.contentType(), attachment.sizeInWords(), attachment.link());
  }
}
