package org.foiflow.mail;

/**
 * An email the SMTP server did not take, failing its send job so that the engine retries it.
 * Without a stack trace: the cause is in the message, logged once by {@link OutboxDelivery}, and
 * the trace of the job executor's threads says nothing about a mail server being down.
 */
public class MailNotSent extends RuntimeException {

  public MailNotSent(String message) {
    super(message, null, false, false);
  }
}
