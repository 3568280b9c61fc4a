package org.foiflow.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.foiflow.security.RequestAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The outbox and the built-in catcher's emails, for the pages under /mail/; behind ApiAuthentication.
 * Every request's emails are in both, so only editors and administrators may read them.
 */
@RestController
class MailController {

  static final int OUTBOX_PAGE_SIZE = 500;

  private final Outbox outbox;
  private final ObjectProvider<MailCatcher> catcher;
  private final RequestAccess access;
  private final WaitingEmails waiting;

  MailController(Outbox outbox, ObjectProvider<MailCatcher> catcher, RequestAccess access, WaitingEmails waiting) {
    this.outbox = outbox;
    this.catcher = catcher;
    this.access = access;
    this.waiting = waiting;
  }

  @GetMapping("/api/mail/outbox")
  List<OutboxMessage> outbox() {
    access.requireEditor();
    return outbox.list(OUTBOX_PAGE_SIZE);
  }

  /**
   * "Send now" on the outbox page: the email's send job is due now, with at least one retry, so
   * the job executor sends it within seconds instead of at the end of its back-off (or never,
   * once its retries ran out).
   */
  @PostMapping("/api/mail/outbox/{id}/send")
  @ResponseStatus(HttpStatus.ACCEPTED)
  void sendNow(@PathVariable long id) {
    access.requireEditor();
    OutboxMessage message =
        outbox.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no email " + id + " in the outbox"));
    if (message.status() == OutboxMessage.Status.SENT || !waiting.sendNow(id)) {
      throw new ResponseStatusException(HttpStatus.CONFLICT, "email " + id + " has been sent already");
    }
  }

  /** 404 when a real SMTP server is configured: then nothing is caught here. */
  @GetMapping("/api/mail/caught")
  List<MailCatcher.CaughtMail> caught() {
    access.requireEditor();
    MailCatcher available = catcher.getIfAvailable();
    if (available == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no mail catcher: emails go to the configured SMTP server");
    }
    List<MailCatcher.CaughtMail> newestFirst = new ArrayList<>(available.caught());
    Collections.reverse(newestFirst);
    // By the time each says it was sent: emails sent at once arrive in any order.
    newestFirst.sort(Comparator.comparing(MailCatcher.CaughtMail::sentAt, Comparator.nullsLast(Comparator.reverseOrder())));
    return newestFirst;
  }
}
