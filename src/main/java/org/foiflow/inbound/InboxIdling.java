package org.foiflow.inbound;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the reply mailbox with IMAP IDLE (RFC 2177) in a worker thread, so that a reply is read
 * as soon as the server says it arrived, not at the next poll. The IDLE connection only listens;
 * each reading is {@link InboundMailbox#readUnseen} on its own connection, as a poll's. A server
 * without IDLE leaves the polling alone to do it; a lost connection is made again, waiting longer
 * after each failure.
 */
class InboxIdling {

  private static final Logger LOG = LoggerFactory.getLogger(InboxIdling.class);

  /** Servers end an IDLE after 30 minutes at the earliest (RFC 2177): it is renewed well before. */
  static final Duration RENEW = Duration.ofMinutes(9);
  static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
  static final Duration LONGEST_PAUSE = Duration.ofMinutes(5);

  private final InboundMailbox mailbox;
  private final Duration renew;
  private final ScheduledExecutorService renewal = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "inbox-idle-renewal"));
  private volatile boolean running;
  private volatile boolean watching;
  private volatile IMAPFolder watched;
  private Thread worker;

  InboxIdling(InboundMailbox mailbox, Duration renew) {
    this.mailbox = mailbox;
    this.renew = renew;
  }

  synchronized void start() {
    if (running) {
      return;
    }
    running = true;
    worker = daemon(this::watch, "inbox-idle");
    worker.start();
    // Any command on the folder from another thread ends the IDLE; the worker reads and idles again.
    renewal.scheduleWithFixedDelay(this::renew, renew.toMillis(), renew.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** True while the server is being listened to (IDLE is on). */
  boolean watching() {
    return watching;
  }

  synchronized void stop() throws InterruptedException {
    running = false;
    renewal.shutdownNow();
    IMAPFolder folder = watched;
    if (folder != null) {
      try {
        folder.getStore().close();
      } catch (MessagingException e) {
        LOG.debug("Closing the IDLE connection: {}", e.getMessage());
      }
    }
    if (worker != null) {
      worker.interrupt();
      worker.join(Duration.ofSeconds(10).toMillis());
    }
  }

  private void watch() {
    Duration pause = FIRST_PAUSE;
    while (running) {
      Duration wait;
      try {
        if (!listen()) {
          return;
        }
        // The server ended the IDLE cleanly (it closed the folder): again after a moment, not in a tight loop.
        wait = FIRST_PAUSE;
        pause = FIRST_PAUSE;
      } catch (MessagingException | RuntimeException e) {
        if (!running) {
          return;
        }
        // One line: the server may be away for a while; the poll goes on meanwhile.
        LOG.warn("Lost the IDLE connection to the reply mailbox {}:{} ({}); trying again in {} s",
            mailbox.account().host(), mailbox.account().port(), oneLine(e), pause.toSeconds());
        wait = pause;
        pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
      }
      try {
        Thread.sleep(wait.toMillis());
      } catch (InterruptedException stopped) {
        return;
      }
    }
  }

  /** Reads and idles until the connection ends; false when the server has no IDLE. */
  private boolean listen() throws MessagingException {
    // The read timeout outlasts an IDLE between renewals, so that a dead connection still ends.
    Store store = mailbox.connect(renew.plus(Duration.ofMinutes(1)));
    try {
      if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
        LOG.info("The reply mailbox's server does not offer IMAP IDLE: replies are read at each poll only");
        return false;
      }
      IMAPFolder folder = (IMAPFolder) store.getFolder(mailbox.account().folder());
      folder.open(Folder.READ_ONLY);
      watched = folder;
      LOG.info("Watching the reply mailbox with IMAP IDLE: replies are read as they arrive");
      while (running && folder.isOpen()) {
        mailbox.readUnseen().log();
        watching = true;
        folder.idle(true); // returns when the server reports a change, or when renewed
      }
      return true;
    } finally {
      watching = false;
      watched = null;
      if (store.isConnected()) {
        store.close();
      }
    }
  }

  private void renew() {
    IMAPFolder folder = watched;
    try {
      if (folder != null && folder.isOpen()) {
        folder.getMessageCount();
      }
    } catch (MessagingException | RuntimeException e) {
      LOG.debug("Renewing IDLE: {}", oneLine(e));
    }
  }

  private static String oneLine(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ");
  }

  private static Thread daemon(Runnable work, String name) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    return thread;
  }
}
