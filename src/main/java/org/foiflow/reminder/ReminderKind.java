package org.foiflow.reminder;

/**
 * Every reminder FOI Flow sends, with where its moment lies relative to the deadline it watches.
 * The four RESPONSE_ kinds form one series: a request filed late gets only the latest of them
 * whose moment has passed.
 */
public enum ReminderKind {
  RESPONSE_DUE_SOON(Moment.BEFORE, "statutoryDueDate"),
  RESPONSE_DUE(Moment.ON, "statutoryDueDate"),
  RESPONSE_OVERDUE(Moment.AFTER, "statutoryDueDate"),
  RESPONSE_LONG_OVERDUE(Moment.LONG_AFTER, "statutoryDueDate"),
  REVIEW_WINDOW_CLOSING(Moment.BEFORE, "reviewRequestDeadline"),
  REVIEW_RESPONSE_DUE(Moment.ON, "reviewDueDate"),
  REVIEW_RESPONSE_OVERDUE(Moment.AFTER, "reviewMaxDueDate"),
  COMPLAINT_WINDOW_CLOSING(Moment.BEFORE, "complaintDeadline"),
  TRIBUNAL_WINDOW_CLOSING(Moment.BEFORE, "tribunalDeadline");

  /** Where the reminder falls: some working days before the deadline, on it, or after it. */
  public enum Moment {
    BEFORE,
    ON,
    AFTER,
    LONG_AFTER
  }

  private final Moment moment;
  private final String deadlineVariable;

  ReminderKind(Moment moment, String deadlineVariable) {
    this.moment = moment;
    this.deadlineVariable = deadlineVariable;
  }

  public Moment moment() {
    return moment;
  }

  /** The process variable holding the deadline this reminder watches. */
  public String deadlineVariable() {
    return deadlineVariable;
  }

  public boolean inResponseSeries() {
    return name().startsWith("RESPONSE_");
  }
}
