package org.foiflow.mail;

/**
 * Every email FOI Flow sends: who gets it, and which process variable holds the date it is
 * about. That date is part of the email's identity, so a reminder for a moved deadline is a new
 * email while a step that runs again for the same deadline writes nothing new. The reminder kinds
 * carry the names of {@link org.foiflow.reminder.ReminderKind}.
 */
public enum MailKind {
  REQUEST_LETTER(Recipient.AUTHORITY, "statutoryDueDate"),
  CONFIRMATION(Recipient.REQUESTER, "statutoryDueDate"),
  CLARIFICATION(Recipient.AUTHORITY, "statutoryDueDate"),
  CHASER(Recipient.AUTHORITY, "statutoryDueDate"),
  REVIEW_REQUEST(Recipient.AUTHORITY, "reviewDueDate"),
  RESPONSE_DUE_SOON(Recipient.REQUESTER, "statutoryDueDate"),
  RESPONSE_DUE(Recipient.REQUESTER, "statutoryDueDate"),
  RESPONSE_OVERDUE(Recipient.REQUESTER, "statutoryDueDate"),
  RESPONSE_LONG_OVERDUE(Recipient.REQUESTER, "statutoryDueDate"),
  REVIEW_WINDOW_CLOSING(Recipient.REQUESTER, "reviewRequestDeadline"),
  REVIEW_RESPONSE_DUE(Recipient.REQUESTER, "reviewDueDate"),
  REVIEW_RESPONSE_OVERDUE(Recipient.REQUESTER, "reviewMaxDueDate"),
  COMPLAINT_WINDOW_CLOSING(Recipient.REQUESTER, "complaintDeadline"),
  TRIBUNAL_WINDOW_CLOSING(Recipient.REQUESTER, "tribunalDeadline");

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

  public Recipient recipient() {
    return recipient;
  }

  /** The process variable holding the deadline this email is about. */
  public String dateVariable() {
    return dateVariable;
  }

  /** The template under templates/mail/, e.g. {@code response-overdue.txt}. */
  String templateName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
