package org.foiflow.mail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.foiflow.security.RequestAccess;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
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

  MailController(Outbox outbox, ObjectProvider<MailCatcher> catcher, RequestAccess access) {
    this.outbox = outbox;
    this.catcher = catcher;
    this.access = access;
  }

  @GetMapping("/api/mail/outbox")
  List<OutboxMessage> outbox() {
    access.requireEditor();
    return outbox.list(OUTBOX_PAGE_SIZE);
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
    return newestFirst;
  }
}
