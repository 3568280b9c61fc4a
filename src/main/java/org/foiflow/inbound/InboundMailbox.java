package org.foiflow.inbound;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the reply mailbox over IMAP with Jakarta Mail: the unread messages, fetched whole in
 * batches (one FETCH per batch, not one per message), each taken in, and only then flagged \Seen.
 * A crash between the two reads the message again, and it is recognised as a duplicate.
 */
class InboundMailbox {

  private static final Logger LOG = LoggerFactory.getLogger(InboundMailbox.class);

  static final int BATCH = 100;
  static final Duration READ_TIMEOUT = Duration.ofMinutes(1);

  /** Where the mailbox is. */
  record Account(String host, int port, String username, String password, String folder, boolean ssl) {}

  /** What one reading did. */
  record Reading(int read, int matched, int held, int duplicates, int refused) {

    /** One line in the log when anything was read. */
    void log() {
      if (read > 0) {
        LOG.info("Reply mailbox: {} read, {} matched, {} held, {} duplicates, {} refused", read, matched, held, duplicates, refused);
      }
    }
  }

  /** Takes in a batch of raw messages, a status for each: {@link Ingestion#ingestAll}. */
  interface Intake {
    List<Ingestion.Status> take(List<byte[]> raws);
  }

  private final Account account;
  private final Intake intake;

  InboundMailbox(Account account, Intake intake) {
    this.account = account;
    this.intake = intake;
  }

  Account account() {
    return account;
  }

  synchronized Reading readUnseen() throws MessagingException {
    Store store = connect(READ_TIMEOUT);
    try {
      Folder folder = store.getFolder(account.folder());
      folder.open(Folder.READ_WRITE);
      try {
        return read(folder);
      } finally {
        folder.close(false);
      }
    } finally {
      store.close();
    }
  }

  /** A connection to the mailbox's server; {@code readTimeout}: how long a read may wait for the server. */
  Store connect(Duration readTimeout) throws MessagingException {
    String protocol = account.ssl() ? "imaps" : "imap";
    Properties properties = new Properties();
    properties.put("mail." + protocol + ".connectiontimeout", "10000");
    properties.put("mail." + protocol + ".timeout", Long.toString(readTimeout.toMillis()));
    properties.put("mail." + protocol + ".partialfetch", "false");
    // BODY.PEEK[]: reading a message must not mark it \Seen; only a stored one is marked.
    properties.put("mail." + protocol + ".peek", "true");
    Store store = Session.getInstance(properties).getStore(protocol);
    store.connect(account.host(), account.port(), account.username(), account.password());
    return store;
  }

  private Reading read(Folder folder) throws MessagingException {
    Message[] unseen = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
    int matched = 0;
    int held = 0;
    int duplicates = 0;
    int refused = 0;
    for (int start = 0; start < unseen.length; start += BATCH) {
      Message[] batch = Arrays.copyOfRange(unseen, start, Math.min(unseen.length, start + BATCH));
      FetchProfile whole = new FetchProfile();
      whole.add(IMAPFolder.FetchProfileItem.MESSAGE);
      folder.fetch(batch, whole);
      List<byte[]> raws = new ArrayList<>();
      for (Message message : batch) {
        raws.add(raw(message));
      }
      // A refused message is flagged all the same (it would be refused at every reading); it stays in the mailbox.
      for (Ingestion.Status status : intake.take(raws)) {
        switch (status) {
          case MATCHED -> matched++;
          case HELD -> held++;
          case DUPLICATE -> duplicates++;
          case REFUSED -> refused++;
        }
      }
      folder.setFlags(batch, new Flags(Flags.Flag.SEEN), true);
    }
    return new Reading(unseen.length, matched, held, duplicates, refused);
  }

  private static byte[] raw(Message message) throws MessagingException {
    try (var out = new ByteArrayOutputStream(Math.max(message.getSize(), 1024))) {
      message.writeTo(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new MessagingException("could not read message " + message.getMessageNumber(), e);
    }
  }
}
