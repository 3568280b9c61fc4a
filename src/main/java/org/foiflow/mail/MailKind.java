package org.foiflow.mail;

import org.foiflow.reminder.ReminderKind;

/**
 * Every email FOI Flow sends: who gets it, and which process variable holds the date it is
 * about. That date is part of the email's identity, so a reminder for a moved deadline is a new
 * email while a step that runs again for the same deadline writes nothing new. The reminder kinds
 * carry the names of {@link ReminderKind} and watch the same deadlines.
 */
public enum MailKind {
  REQUEST_LETTER(Recipient.AUTHORITY, "statutoryDueDate"),
  CONFIRMATION(Recipient.REQUESTER, "statutoryDueDate"),
  CLARIFICATION(Recipient.AUTHORITY, "statutoryDueDate"),
  CHASER(Recipient.AUTHORITY, "statutoryDueDate"),
  REVIEW_REQUEST(Recipient.AUTHORITY, "reviewDueDate"),
  RESPONSE_DUE_SOON(ReminderKind.RESPONSE_DUE_SOON),
  RESPONSE_DUE(ReminderKind.RESPONSE_DUE),
  RESPONSE_OVERDUE(ReminderKind.RESPONSE_OVERDUE),
  RESPONSE_LONG_OVERDUE(ReminderKind.RESPONSE_LONG_OVERDUE),
  REVIEW_WINDOW_CLOSING(ReminderKind.REVIEW_WINDOW_CLOSING),
  REVIEW_RESPONSE_DUE(ReminderKind.REVIEW_RESPONSE_DUE),
  REVIEW_RESPONSE_OVERDUE(ReminderKind.REVIEW_RESPONSE_OVERDUE),
  COMPLAINT_WINDOW_CLOSING(ReminderKind.COMPLAINT_WINDOW_CLOSING),
  TRIBUNAL_WINDOW_CLOSING(ReminderKind.TRIBUNAL_WINDOW_CLOSING),
  /** A holiday added or removed moved a deadline (issue 15, rule 13); the new date comes with the change. */
  DEADLINE_MOVED(Recipient.REQUESTER, null);

  /** The two parties FOI Flow writes to, with the process variable holding their address. */
  public enum Recipient {
    AUTHORITY("authorityEmail"),
    REQUESTER("requesterEmail");

    private final String addressVariable;

    Recipient(String addressVariable) {
      this.addressVariable = addressVariable;
    }

    public String addressVariable() {
      return addressVariable;
    }
  }

  private final Recipient recipient;
  private final String dateVariable;

  MailKind(Recipient recipient, String dateVariable) {
    this.recipient = recipient;
    this.dateVariable = dateVariable;
  }

  /** A reminder to the requester, about the deadline the reminder watches. */
  MailKind(ReminderKind reminder) {
    this(Recipient.REQUESTER, reminder.deadlineVariable());
  }

  public Recipient recipient() {
    return recipient;
  }

  /** The process variable holding the deadline this email is about (none for DEADLINE_MOVED). */
  public String dateVariable() {
    return dateVariable;
  }

  /** The template under templates/mail/, e.g. {@code response-overdue.txt}. */
  String templateName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
