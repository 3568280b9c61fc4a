package org.foiflow.inbound;

import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The read side for a request's page: its reply address and the replies kept for it, with their
 * attachments. Plain answers: who may see them is the caller's business (RequestAccess).
 */
@Service
public class Replies {

  /** The most replies listed for one request. */
  static final int MAX_LISTED = 500;

  private final ReplyAddresses addresses;
  private final ReceivedReplies replies;

  Replies(ReplyAddresses addresses, ReceivedReplies replies) {
    this.addresses = addresses;
    this.replies = replies;
  }

  public String replyAddress(String reference) {
    return addresses.address(reference);
  }

  /** Oldest first. */
  public List<StoredReply> forReference(String reference) {
    return replies.forReference(reference, MAX_LISTED);
  }
}
