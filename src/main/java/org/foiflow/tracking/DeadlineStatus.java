package org.foiflow.tracking;

import java.time.LocalDate;
import org.foiflow.deadline.Regime;
import org.foiflow.deadline.StatutoryClock;

/** How an FOI request stands against a statutory due date, counted in the regime's working days. */
public enum DeadlineStatus {
  ON_TIME,
  /** From 5 working days before the due date, the same moment the task's follow-up date marks. */
  DUE_SOON,
  /** After the due date. */
  OVERDUE,
  /** More than 20 working days after the due date, the point regulators treat as serious delay. */
  LONG_OVERDUE;

  static final int DUE_SOON_WORKING_DAYS = 5;
  static final int LONG_OVERDUE_WORKING_DAYS = 20;

  public static DeadlineStatus of(Regime regime, LocalDate due, LocalDate today, StatutoryClock clock) {
    if (today.isAfter(due)) {
      // "More than 20 working days after": today is on or after the 21st working day after due.
      LocalDate firstLongOverdueDay = clock.addWorkingDays(regime, due, LONG_OVERDUE_WORKING_DAYS + 1);
      return today.isBefore(firstLongOverdueDay) ? OVERDUE : LONG_OVERDUE;
    }
    // Counted forwards (the clock doesn't count back): due within 5 working days of today is the
    // same as today being on or after the working day 5 working days before the due date.
    LocalDate fiveWorkingDaysOn = clock.addWorkingDays(regime, today, DUE_SOON_WORKING_DAYS);
    return fiveWorkingDaysOn.isBefore(due) ? ON_TIME : DUE_SOON;
  }
}
