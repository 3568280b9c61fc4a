package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.BankHolidayRegister;
import org.foiflow.deadline.BankHolidayTable;
import org.foiflow.deadline.DeadlineSettings;
import org.foiflow.deadline.JollydayHolidayRules;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.deadline.StatutoryDeadlinesDecision;
import org.foiflow.reminder.ReminderSchedule;
import org.foiflow.reminder.ReminderSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Easter 2026: Good Friday (3 April) is a bank holiday everywhere in the UK, Easter Monday (6
 * April) everywhere but Scotland, and 4 May is the Early May bank holiday. So for a request due on
 * Friday 10 April, "5 working days before" is Wednesday 1 April under UK FOIA but Thursday 2 April
 * under FOISA.
 */
class DeadlineStatusTest {

  static final StatutoryClock CLOCK =
      new StatutoryClock(
          StatutoryDeadlinesDecision.rulesForEveryRegime(),
          new BankHolidayRegister(BankHolidayTable.official(), new JollydayHolidayRules(), List.of()),
          DeadlineSettings.defaults());

  static final ReminderSchedule SCHEDULE =
      new ReminderSchedule(new ReminderSettings(5, 20, LocalTime.of(8, 0)), ZoneId.of("Europe/London"));

  @ParameterizedTest(name = "{0} due {1}, on {2}: {3}")
  @CsvSource({
    // UK FOIA: working days skip Good Friday and Easter Monday.
    "UK_FOIA,        2026-04-10, 2026-03-31, ON_TIME",
    "UK_FOIA,        2026-04-10, 2026-04-01, DUE_SOON",
    "UK_FOIA,        2026-04-10, 2026-04-03, DUE_SOON",
    "UK_FOIA,        2026-04-10, 2026-04-06, DUE_SOON",
    "UK_FOIA,        2026-04-10, 2026-04-10, DUE_SOON",
    "UK_FOIA,        2026-04-10, 2026-04-11, OVERDUE",
    "UK_FOIA,        2026-04-10, 2026-04-13, OVERDUE",
    // 20 working days after 10 April, skipping 4 May, end on 11 May: the long-overdue reminder.
    "UK_FOIA,        2026-04-10, 2026-05-08, OVERDUE",
    "UK_FOIA,        2026-04-10, 2026-05-11, LONG_OVERDUE",
    "UK_FOIA,        2026-04-10, 2026-07-01, LONG_OVERDUE",
    // FOISA: Easter Monday is a working day in Scotland, so "due soon" starts a day later.
    "SCOTLAND_FOISA, 2026-04-10, 2026-04-01, ON_TIME",
    "SCOTLAND_FOISA, 2026-04-10, 2026-04-02, DUE_SOON",
    // A weekend before the due-soon day is still on time.
    "UK_FOIA,        2026-03-16, 2026-03-07, ON_TIME",
    "UK_FOIA,        2026-03-16, 2026-03-08, ON_TIME",
    "UK_FOIA,        2026-03-16, 2026-03-09, DUE_SOON",
  })
  void statusAgainstTheStatutoryClock(Regime regime, LocalDate due, LocalDate today, DeadlineStatus expected) {
    assertThat(DeadlineStatus.of(due, today, CLOCK.calendar(regime), SCHEDULE)).isEqualTo(expected);
  }
}
