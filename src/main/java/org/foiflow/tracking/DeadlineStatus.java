package org.foiflow.tracking;

import java.time.LocalDate;
import org.foiflow.deadline.WorkingDayCalendar;
import org.foiflow.reminder.ReminderKind;
import org.foiflow.reminder.ReminderSchedule;

/**
 * How an FOI request stands against a due date. The thresholds are the reminder days, so the
 * status changes on the day the requester is reminded: due soon from the "due soon" reminder
 * (5 working days before, the task's follow-up date), long overdue from the "long overdue" one
 * (20 working days after; both configurable under foiflow.reminders).
 */
public enum DeadlineStatus {
  ON_TIME,
  DUE_SOON,
  OVERDUE,
  LONG_OVERDUE;

  public static DeadlineStatus of(
      LocalDate due, LocalDate today, WorkingDayCalendar calendar, ReminderSchedule schedule) {
    if (today.isAfter(due)) {
      return today.isBefore(schedule.day(ReminderKind.RESPONSE_LONG_OVERDUE, due, calendar))
          ? OVERDUE
          : LONG_OVERDUE;
    }
    return today.isBefore(schedule.day(ReminderKind.RESPONSE_DUE_SOON, due, calendar)) ? ON_TIME : DUE_SOON;
  }
}
