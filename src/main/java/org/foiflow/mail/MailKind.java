package org.foiflow.mail;

import static org.foiflow.contract.RequestVariables.COMPLAINT_DEADLINE;
import static org.foiflow.contract.RequestVariables.REVIEW_DUE_DATE;
import static org.foiflow.contract.RequestVariables.REVIEW_MAX_DUE_DATE;
import static org.foiflow.contract.RequestVariables.REVIEW_REQUEST_DEADLINE;
import static org.foiflow.contract.RequestVariables.STATUTORY_DUE_DATE;
import static org.foiflow.contract.RequestVariables.TRIBUNAL_DEADLINE;

import java.time.LocalDate;
import java.util.Locale;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;

/**
 * Every email FOI Flow sends: who gets it, and which process variable holds the date it is
 * about. That date is part of the email's identity, so a reminder for a moved deadline is a new
 * email while a step that runs again for the same deadline writes nothing new. The reminders
 * (org.foiflow.reminder.ReminderKind) send the kinds of their own names and watch these dates.
 */
public enum MailKind {
  REQUEST_LETTER(Recipient.AUTHORITY, STATUTORY_DUE_DATE),
  CONFIRMATION(Recipient.REQUESTER, STATUTORY_DUE_DATE),
  CLARIFICATION(Recipient.AUTHORITY, STATUTORY_DUE_DATE),
  CHASER(Recipient.AUTHORITY, STATUTORY_DUE_DATE),
  REVIEW_REQUEST(Recipient.AUTHORITY, REVIEW_DUE_DATE),
  RESPONSE_DUE_SOON(Recipient.REQUESTER, STATUTORY_DUE_DATE),
  RESPONSE_DUE(Recipient.REQUESTER, STATUTORY_DUE_DATE),
  RESPONSE_OVERDUE(Recipient.REQUESTER, STATUTORY_DUE_DATE),
  RESPONSE_LONG_OVERDUE(Recipient.REQUESTER, STATUTORY_DUE_DATE),
  REVIEW_WINDOW_CLOSING(Recipient.REQUESTER, REVIEW_REQUEST_DEADLINE),
  REVIEW_RESPONSE_DUE(Recipient.REQUESTER, REVIEW_DUE_DATE),
  REVIEW_RESPONSE_OVERDUE(Recipient.REQUESTER, REVIEW_MAX_DUE_DATE),
  COMPLAINT_WINDOW_CLOSING(Recipient.REQUESTER, COMPLAINT_DEADLINE),
  TRIBUNAL_WINDOW_CLOSING(Recipient.REQUESTER, TRIBUNAL_DEADLINE),
  /** A holiday added or removed moved a deadline (issue 15, rule 13); the new date comes with the change. */
  DEADLINE_MOVED(Recipient.REQUESTER, null),
  /** The authority replied (issue 16); the day it arrived comes with the reply. */
  REPLY_RECEIVED(Recipient.REQUESTER, null),
  /** An email to the authority bounced (issue 16); the day comes with the bounce. */
  DELIVERY_FAILED(Recipient.REQUESTER, null),
  /** A batch was filed (issue 18): one confirmation for all its members; the day of filing comes with it. */
  BATCH_CONFIRMATION(Recipient.REQUESTER, null);

  /** The two parties FOI Flow writes to, with the process variable holding their address. */
  public enum Recipient {
    AUTHORITY(RequestVariables.AUTHORITY_EMAIL),
    REQUESTER(RequestVariables.REQUESTER_EMAIL);

    private final ProcessVariable<String> addressVariable;

    Recipient(ProcessVariable<String> addressVariable) {
      this.addressVariable = addressVariable;
    }

    public ProcessVariable<String> addressVariable() {
      return addressVariable;
    }
  }

  private final Recipient recipient;
  private final ProcessVariable<LocalDate> dateVariable;

  MailKind(Recipient recipient, ProcessVariable<LocalDate> dateVariable) {
    this.recipient = recipient;
    this.dateVariable = dateVariable;
  }

  public Recipient recipient() {
    return recipient;
  }

  /** The process variable holding the deadline this email is about (none for DEADLINE_MOVED, the replies and batches). */
  public ProcessVariable<LocalDate> dateVariable() {
    return dateVariable;
  }

  /** The template under templates/mail/, e.g. {@code response-overdue.txt}. */
  String templateName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
