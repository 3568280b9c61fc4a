package org.foiflow.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
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
import org.foiflow.deadline.WorkingDayCalendar;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reminder days around a due date of Tuesday 1 April 2025 (UK_FOIA; Easter 18 and 21 April). */
class ReminderScheduleTest {

  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final WorkingDayCalendar UK =
      new StatutoryClock(
              StatutoryDeadlinesDecision.rulesForEveryRegime(),
              new BankHolidayRegister(BankHolidayTable.official(), new JollydayHolidayRules(), List.of()),
              DeadlineSettings.defaults())
          .calendar(Regime.UK_FOIA);
  static final ReminderSchedule SCHEDULE =
      new ReminderSchedule(new ReminderSettings(5, 20, LocalTime.of(8, 0)), LONDON);
  static final LocalDate DUE = LocalDate.of(2025, 4, 1);

  @ParameterizedTest(name = "{0} on {1}")
  @CsvSource({
    "RESPONSE_DUE_SOON,     2025-03-25",
    "RESPONSE_DUE,          2025-04-01",
    "RESPONSE_OVERDUE,      2025-04-02",
    "RESPONSE_LONG_OVERDUE, 2025-05-01",
  })
  void reminderDays(ReminderKind kind, LocalDate expected) {
    assertThat(SCHEDULE.day(kind, DUE, UK)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "at {0}: {1}")
  @CsvSource({
    "2025-03-25T07:59, NONE",
    "2025-03-25T08:00, RESPONSE_DUE_SOON",
    "2025-04-01T12:00, RESPONSE_DUE",
    "2025-04-10T08:00, RESPONSE_OVERDUE",
    "2025-06-30T08:00, RESPONSE_LONG_OVERDUE",
  })
  void onlyTheLatestPassedReminderFitsNow(String localTime, String expected) {
    Instant now = java.time.LocalDateTime.parse(localTime).atZone(LONDON).toInstant();
    assertThat(SCHEDULE.fittingResponseReminder(DUE, UK, now).map(Enum::name).orElse("NONE"))
        .isEqualTo(expected);
  }
}
