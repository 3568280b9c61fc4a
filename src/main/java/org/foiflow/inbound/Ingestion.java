package org.foiflow.inbound;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.camunda.bpm.engine.RuntimeService;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.security.RequestAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in one raw message from any way in: reads it, keeps it once, matches it, and tells its
 * request ({@code foi-reply}), all in one transaction, so a message is either kept and told or
 * neither. A message already kept is a DUPLICATE and changes nothing.
 */
@Service
public class Ingestion {

  private static final Logger LOG = LoggerFactory.getLogger(Ingestion.class);

  /** What became of a message; REFUSED (not an email, too large) only for mail from the mailbox, kept nowhere. */
  public enum Status { MATCHED, HELD, DUPLICATE, REFUSED }

  /** @param reference the request, null when held */
  public record Outcome(Status status, long messageId, String reference, String reason) {}

  /** The caller may not put this message on the request it matches: nothing was kept. */
  public static class NotYourRequest extends RuntimeException {
    NotYourRequest(String message) {
      super(message);
    }
  }

  /** Over the size limit: nothing was kept. */
  public static class TooLarge extends RuntimeException {
    TooLarge(String message) {
      super(message);
    }
  }

  private final ReplyReader reader = new ReplyReader();
  private final ReplyMatching matching;
  private final ReceivedReplies replies;
  private final RuntimeService runtime;
  private final RequestAccess access;
  private final InboundSettings settings;
  private final Today today;
  private final TransactionTemplate ownTransaction;

  Ingestion(
      ReplyAddresses addresses, RequestFacts requests, ReceivedReplies replies, RuntimeService runtime,
      RequestAccess access, InboundSettings settings, Today today, PlatformTransactionManager transactions) {
    this.matching = new ReplyMatching(addresses, requests);
    this.replies = replies;
    this.runtime = runtime;
    this.access = access;
    this.settings = settings;
    this.today = today;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  long maxSize() {
    return settings.maxMessageSize().toBytes();
  }

  /**
   * @param mayFile for an upload, whether the caller may put a message on this request; mail
   *     read from the mailbox may go anywhere
   * @throws ReplyReader.NotAMessage when the bytes are not an email
   */
  public Outcome ingest(byte[] raw, Predicate<String> mayFile) {
    if (raw.length > maxSize()) {
      throw new TooLarge("the message is larger than " + settings.maxMessageSize().toMegabytes() + " MB");
    }
    ReadReply reply = reader.read(raw);
    // Matching reads every request and correlation changes any: the engine is asked as FOI Flow,
    // not as the caller (a requester may not send messages to the engine; mayFile, asked as the
    // caller, decided first whether the request is theirs).
    Outcome outcome;
    try {
      outcome = access.asFoiFlow(() -> ownTransaction.execute(status -> keep(reply, mayFile)));
    } catch (KeptMeanwhile race) {
      outcome = access.asFoiFlow(() -> ownTransaction.execute(status -> keep(reply, mayFile)));
    }
    logged(reply, outcome);
    return outcome;
  }

  /**
   * Mail from the mailbox, which may go to any request: a batch in one transaction. A commit per
   * message took 79 s for 1,000 replies (benchmark); a batch that fails as a whole (a bad row)
   * is taken again one message at a time, so one bad message does not hold up the others.
   */
  public List<Status> ingestAll(List<byte[]> raws) {
    List<ReadReply> readable = new java.util.ArrayList<>();
    List<Status> statuses = new java.util.ArrayList<>();
    for (byte[] raw : raws) {
      try {
        if (raw.length > maxSize()) {
          throw new TooLarge("the message is larger than " + settings.maxMessageSize().toMegabytes() + " MB");
        }
        readable.add(reader.read(raw));
        statuses.add(null);
      } catch (ReplyReader.NotAMessage | TooLarge e) {
        LOG.warn("A message in the reply mailbox is refused: {}", e.getMessage());
        readable.add(null);
        statuses.add(Status.REFUSED);
      }
    }
    try {
      List<Outcome> outcomes = access.asFoiFlow(() -> ownTransaction.execute(status ->
          readable.stream().map(reply -> reply == null ? null : keep(reply, any -> true)).toList()));
      for (int i = 0; i < outcomes.size(); i++) {
        if (outcomes.get(i) != null) {
          statuses.set(i, outcomes.get(i).status());
          logged(readable.get(i), outcomes.get(i));
        }
      }
    } catch (RuntimeException batchFailed) {
      LOG.warn("A batch of {} replies could not be kept together ({}); taking them one by one", raws.size(), batchFailed.toString());
      for (int i = 0; i < raws.size(); i++) {
        if (statuses.get(i) == null) {
          statuses.set(i, ingest(raws.get(i), any -> true).status());
        }
      }
    }
    return statuses;
  }

  private static void logged(ReadReply reply, Outcome outcome) {
    if (outcome.status() != Status.DUPLICATE) {
      LOG.info("Reply {} from {} {}{}", outcome.messageId(), reply.sender(),
          outcome.status() == Status.MATCHED ? "matched to " + outcome.reference() + ": " : "held: ", outcome.reason());
    }
  }

  /** Files a held message on {@code reference} and tells the request; false when it is not held. */
  public boolean assign(long id, String reference) {
    return access.asFoiFlow(() -> ownTransaction.execute(status -> {
      if (!replies.assign(id, reference, "filed by hand from the holding pen")) {
        return false;
      }
      tell(id, reference);
      return true;
    }));
  }

  private Outcome keep(ReadReply reply, Predicate<String> mayFile) {
    Optional<StoredReply> kept = replies.findByDedupeKey(reply.dedupeKey());
    if (kept.isPresent()) {
      return duplicate(kept.get(), mayFile);
    }
    Match match = matching.match(reply);
    if (match.matched() && !mayFile.test(match.reference())) {
      throw new NotYourRequest("this reply belongs to a request that is not yours");
    }
    long id;
    try {
      id = replies.add(reply, match, today.now().toInstant());
    } catch (DuplicateKeyException keptMeanwhile) {
      // Another node or thread kept the same message a moment ago; its transaction is the one.
      throw new KeptMeanwhile();
    }
    if (match.matched()) {
      tell(id, match.reference());
    }
    return new Outcome(match.matched() ? Status.MATCHED : Status.HELD, id, match.reference(), match.reason());
  }

  private Outcome duplicate(StoredReply kept, Predicate<String> mayFile) {
    if (kept.reference() != null && !mayFile.test(kept.reference())) {
      throw new NotYourRequest("this reply belongs to a request that is not yours");
    }
    return new Outcome(Status.DUPLICATE, kept.id(), kept.reference(), "kept already");
  }

  /** Tells a running request; a closed one has no subscription, and the reply is kept all the same. */
  private void tell(long id, String reference) {
    var told = runtime.createMessageCorrelation(ProcessContract.REPLY_MESSAGE)
        .processInstanceBusinessKey(reference)
        .setVariableToTriggeredScope(RequestVariables.REPLY_ID.name(), Long.toString(id))
        .correlateAllWithResult();
    if (told.isEmpty()) {
      LOG.info("Reply {} kept on {}, which is closed: no process step to tell", id, reference);
    }
  }

  /** A unique-key race lost: the message is kept; read again, it is a duplicate. */
  private static class KeptMeanwhile extends RuntimeException {}

  List<StoredReply> held(int limit) {
    return replies.held(limit);
  }
}
