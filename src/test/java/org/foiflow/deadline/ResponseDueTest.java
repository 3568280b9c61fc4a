package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Response due dates, each counted by hand on a printed calendar (day of receipt = day 0). */
class ResponseDueTest {

  private final StatutoryClock clock = ClockFixture.clock();

  @ParameterizedTest(name = "{0} received {1} ({3}) is due {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          # every regime just before Christmas
          UK_FOIA        | 2024-12-20 | 2025-01-23 | Fri; 25-26 Dec, 1 Jan, 2 Jan (Scotland) skipped
          UK_EIR         | 2024-12-20 | 2025-01-23 | Fri; as FOIA
          SCOTLAND_FOISA | 2024-12-20 | 2025-01-23 | Fri; 2 Jan is Scottish
          UK_SCHOOL      | 2024-12-20 | 2025-01-23 | no terms: 20th WD (60th, 21 Mar 2025, is the outer limit)
          UK_FOIA        | 2023-12-22 | 2024-01-25 | Fri; 25-26 Dec, 1 Jan, 2 Jan (Scotland)
          US_FOIA        | 2023-12-22 | 2024-01-24 | Fri; 25 Dec, 1 Jan, 15 Jan (MLK) skipped, 26 Dec works
          IE_FOI         | 2023-12-22 | 2024-01-24 | Fri; 25 Dec, 26 Dec (St Stephen), 1 Jan
          # Friday, Saturday and bank-holiday receipt
          UK_FOIA        | 2024-05-31 | 2024-06-28 | Friday
          UK_FOIA        | 2024-06-01 | 2024-06-28 | Saturday is day 0 too
          UK_FOIA        | 2024-05-27 | 2024-06-24 | received on the Spring bank holiday
          UK_EIR         | 2024-06-01 | 2024-06-28 | Saturday
          SCOTLAND_FOISA | 2024-06-01 | 2024-06-28 | Saturday
          UK_SCHOOL      | 2024-06-01 | 2024-06-28 | no terms: 20th WD (60th, 28 Aug, is the outer limit)
          US_FOIA        | 2024-06-01 | 2024-07-01 | Saturday; Juneteenth 19 Jun skipped
          IE_FOI         | 2024-06-01 | 2024-07-01 | Saturday; June bank holiday 3 Jun skipped
          # just before Easter
          UK_FOIA        | 2024-03-28 | 2024-04-29 | Good Friday and Easter Monday
          SCOTLAND_FOISA | 2024-03-28 | 2024-04-26 | no Easter Monday in Scotland
          UK_EIR         | 2023-04-06 | 2023-05-10 | Easter, 1 May and the coronation 8 May
          SCOTLAND_FOISA | 2023-04-06 | 2023-05-09 | Good Friday, 1 May, 8 May
          # Northern Ireland only: 17 March, 12 July
          UK_FOIA        | 2025-03-14 | 2025-04-14 | 17 Mar (NI) skipped
          UK_EIR         | 2025-03-14 | 2025-04-14 | 17 Mar (NI) skipped
          SCOTLAND_FOISA | 2025-03-14 | 2025-04-11 | 17 Mar counts in Scotland
          UK_FOIA        | 2024-07-11 | 2024-08-12 | 12 Jul (NI) and 5 Aug (Scotland) skipped
          UK_EIR         | 2024-07-11 | 2024-08-12 | as FOIA
          SCOTLAND_FOISA | 2024-07-11 | 2024-08-09 | 12 Jul counts, 5 Aug skipped
          # Scotland only: St Andrew's Day substitute, 15 June 2026
          UK_FOIA        | 2024-11-29 | 2025-01-03 | 2 Dec (St Andrew substitute), Christmas, 1-2 Jan
          SCOTLAND_FOISA | 2024-11-29 | 2025-01-03 | all of those are Scottish
          UK_FOIA        | 2026-06-12 | 2026-07-14 | 15 Jun (Scotland) and 13 Jul (NI) skipped
          UK_EIR         | 2026-06-12 | 2026-07-14 | as FOIA
          SCOTLAND_FOISA | 2026-06-12 | 2026-07-13 | 15 Jun skipped, 13 Jul counts
          # one-off bank holidays
          UK_FOIA        | 2020-05-01 | 2020-06-02 | 4 May 2020 was a working day, 8 May (VE day) not
          UK_FOIA        | 2020-05-07 | 2020-06-08 | 8 May and 25 May skipped
          UK_FOIA        | 2022-05-27 | 2022-06-28 | 30 May 2022 was a working day, 2-3 Jun not
          UK_FOIA        | 2022-06-01 | 2022-07-01 | 2-3 Jun skipped
          UK_FOIA        | 2022-09-16 | 2022-10-17 | State Funeral 19 Sep skipped
          SCOTLAND_FOISA | 2022-09-16 | 2022-10-17 | State Funeral 19 Sep skipped
          UK_FOIA        | 2023-05-05 | 2023-06-06 | coronation 8 May and 29 May skipped
          # outside the official table: jollyday
          UK_FOIA        | 2009-12-18 | 2010-01-21 | 25 Dec, 28 Dec (Boxing Day substitute), 1 Jan, 4 Jan (Scotland)
          SCOTLAND_FOISA | 2009-12-18 | 2010-01-21 | same days in Scotland
          UK_FOIA        | 2010-04-01 | 2010-05-04 | Easter 2010 and 3 May
          UK_FOIA        | 2030-12-20 | 2031-01-23 | as 2024
          UK_FOIA        | 2030-04-18 | 2030-05-21 | Easter 2030 and 6 May
          SCOTLAND_FOISA | 2030-04-18 | 2030-05-20 | no Easter Monday in Scotland
          """)
  void responseDue(Regime regime, LocalDate received, LocalDate due, String why) {
    Deadline deadline = clock.responseDue(regime, received);
    assertThat(deadline.due()).isEqualTo(due);
    assertThat(deadline.clockStart()).isEqualTo(received);
  }

  @Test
  void listsTheSkippedWeekdaysWithTheirNames() {
    Deadline deadline = clock.responseDue(Regime.UK_FOIA, LocalDate.of(2024, 12, 20));

    assertThat(deadline.workingDays()).isEqualTo(20);
    assertThat(deadline.pausedWorkingDays()).isZero();
    assertThat(deadline.skipped())
        .extracting(NonWorkingDay::date, NonWorkingDay::reason)
        .containsExactly(
            tuple(LocalDate.of(2024, 12, 25), "Christmas Day"),
            tuple(LocalDate.of(2024, 12, 26), "Boxing Day"),
            tuple(LocalDate.of(2025, 1, 1), "New Year's Day"),
            tuple(LocalDate.of(2025, 1, 2), "Scotland: 2nd January"));
  }

  @Test
  void namesWhichPartOfTheUkAHolidayBelongsTo() {
    Deadline deadline = clock.responseDue(Regime.UK_FOIA, LocalDate.of(2024, 7, 11));

    assertThat(deadline.skipped())
        .extracting(NonWorkingDay::date, NonWorkingDay::reason)
        .containsExactly(
            tuple(LocalDate.of(2024, 7, 12), "Northern Ireland: Battle of the Boyne (Orangemen's Day)"),
            tuple(LocalDate.of(2024, 8, 5), "Scotland: Summer bank holiday"));
  }

  @Test
  void scottishCalendarSkipsOnlyScottishHolidays() {
    Deadline deadline = clock.responseDue(Regime.SCOTLAND_FOISA, LocalDate.of(2025, 3, 14));

    assertThat(deadline.skipped()).isEmpty();
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).isWorkingDay(LocalDate.of(2025, 3, 17))).isTrue();
    assertThat(clock.calendar(Regime.UK_FOIA).isWorkingDay(LocalDate.of(2025, 3, 17))).isFalse();
  }

  @Test
  void addsWorkingDaysInTheRegimesCalendar() {
    assertThat(clock.calendar(Regime.UK_FOIA).addWorkingDays(LocalDate.of(2024, 12, 20), 20))
        .isEqualTo(LocalDate.of(2025, 1, 23));
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).addWorkingDays(LocalDate.of(2025, 1, 1), 1))
        .isEqualTo(LocalDate.of(2025, 1, 3));
    assertThat(clock.calendar(Regime.US_FOIA).addWorkingDays(LocalDate.of(2025, 1, 1), 1))
        .isEqualTo(LocalDate.of(2025, 1, 2));
    assertThat(clock.calendar(Regime.UK_FOIA).addWorkingDays(LocalDate.of(2025, 1, 4), 0))
        .isEqualTo(LocalDate.of(2025, 1, 4));
  }
}
