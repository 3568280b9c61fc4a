package org.foiflow.inbound;

import java.time.Duration;
import org.springframework.context.ApplicationContext;

/**
 * For tests outside this package (the browser tests): the reply mailbox listened to with IMAP
 * IDLE, as FOI Flow does when it runs, for as long as the test needs. The shared test context
 * reads the mailbox only when a test says so (foiflow.mail.inbound.polling: false).
 */
public final class ListeningMailbox implements AutoCloseable {

  private final InboxIdling idling;

  private ListeningMailbox(InboxIdling idling) {
    this.idling = idling;
  }

  /** Starts listening and returns once IDLE is on. */
  public static ListeningMailbox start(ApplicationContext context) throws InterruptedException {
    InboxIdling idling = new InboxIdling(context.getBean(InboundMailbox.class), InboxIdling.RENEW);
    idling.start();
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!idling.watching()) {
      if (System.nanoTime() > until) {
        idling.stop();
        throw new AssertionError("IMAP IDLE did not start within 10 seconds");
      }
      Thread.sleep(50);
    }
    return new ListeningMailbox(idling);
  }

  @Override
  public void close() throws InterruptedException {
    idling.stop();
  }
}
