package org.foiflow.reminder;

import java.time.LocalDate;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.mail.MailKind;

/**
 * Every reminder FOI Flow sends, with where its moment lies relative to the deadline it watches.
 * Each sends the email of its own name. The four RESPONSE_ kinds form one series: a request filed late gets only the latest of them
 * whose moment has passed.
 */
public enum ReminderKind {
  RESPONSE_DUE_SOON(Moment.BEFORE, MailKind.RESPONSE_DUE_SOON),
  RESPONSE_DUE(Moment.ON, MailKind.RESPONSE_DUE),
  RESPONSE_OVERDUE(Moment.AFTER, MailKind.RESPONSE_OVERDUE),
  RESPONSE_LONG_OVERDUE(Moment.LONG_AFTER, MailKind.RESPONSE_LONG_OVERDUE),
  REVIEW_WINDOW_CLOSING(Moment.BEFORE, MailKind.REVIEW_WINDOW_CLOSING),
  REVIEW_RESPONSE_DUE(Moment.ON, MailKind.REVIEW_RESPONSE_DUE),
  REVIEW_RESPONSE_OVERDUE(Moment.AFTER, MailKind.REVIEW_RESPONSE_OVERDUE),
  COMPLAINT_WINDOW_CLOSING(Moment.BEFORE, MailKind.COMPLAINT_WINDOW_CLOSING),
  TRIBUNAL_WINDOW_CLOSING(Moment.BEFORE, MailKind.TRIBUNAL_WINDOW_CLOSING);

  /** Where the reminder falls: some working days before the deadline, on it, or after it. */
  public enum Moment {
    BEFORE,
    ON,
    AFTER,
    LONG_AFTER
  }

  private final Moment moment;
  private final MailKind email;

  ReminderKind(Moment moment, MailKind email) {
    this.moment = moment;
    this.email = email;
  }

  public Moment moment() {
    return moment;
  }

  /** The process variable holding the deadline this reminder watches. */
  public ProcessVariable<LocalDate> deadlineVariable() {
    return email.dateVariable();
  }

  /** The email this reminder sends. */
  public MailKind email() {
    return email;
  }

  public boolean inResponseSeries() {
    return name().startsWith("RESPONSE_");
  }
}
