package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.DeadlineSettings.SchoolTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The operator's options: non-working-day receipt (s.45 Code reading) and school terms. */
class ClockSettingsTest {

  private final StatutoryClock nextWorkingDay =
      ClockFixture.clock(new DeadlineSettings(true, List.of()));

  @ParameterizedTest(name = "{0} received {1}: day 0 {2}, due {3}")
  @CsvSource({
    "UK_FOIA,        2024-06-01, 2024-06-03, 2024-07-01", // Saturday -> Monday is day 0
    "UK_FOIA,        2024-05-27, 2024-05-28, 2024-06-25", // on a bank holiday -> Tuesday
    "UK_EIR,         2024-06-01, 2024-06-03, 2024-07-01",
    "UK_SCHOOL,      2024-12-21, 2024-12-23, 2025-01-24", // no terms: the 20th WD from Mon 23 Dec
    "UK_FOIA,        2024-05-31, 2024-05-31, 2024-06-28", // a working day is not moved
    "SCOTLAND_FOISA, 2024-06-01, 2024-06-01, 2024-06-28", // FOISA: not affected
    "US_FOIA,        2024-06-01, 2024-06-01, 2024-07-01", // other regimes: not affected
  })
  void receiptOnANonWorkingDayMovesToTheNextWorkingDayWhenSwitchedOn(
      Regime regime, LocalDate received, LocalDate dayZero, LocalDate due) {
    Deadline deadline = nextWorkingDay.responseDue(regime, received);

    assertThat(deadline.clockStart()).isEqualTo(dayZero);
    assertThat(deadline.due()).isEqualTo(due);
  }

  @Test
  void movingDayZeroListsTheHolidaysItPassedOver() {
    // Saturday 25 May 2024, Monday 27 May is the Spring bank holiday: day 0 is Tuesday 28 May
    Deadline deadline = nextWorkingDay.responseDue(Regime.UK_FOIA, LocalDate.of(2024, 5, 25));

    assertThat(deadline.clockStart()).isEqualTo(LocalDate.of(2024, 5, 28));
    assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 6, 25));
    assertThat(deadline.skipped())
        .containsExactly(new NonWorkingDay(LocalDate.of(2024, 5, 27), "Spring bank holiday"));
  }

  @Test
  void optionIsOffByDefault() {
    assertThat(ClockFixture.clock().responseDue(Regime.UK_FOIA, LocalDate.of(2024, 6, 1)).due())
        .isEqualTo(LocalDate.of(2024, 6, 28));
  }

  @Test
  void schoolIsDueOnTheTwentiethSchoolDayWhenThatComesFirst() {
    var terms =
        List.of(
            new SchoolTerm(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 7, 19)),
            new SchoolTerm(LocalDate.of(2024, 9, 4), LocalDate.of(2024, 10, 25)));
    StatutoryClock clock = ClockFixture.clock(new DeadlineSettings(false, terms));

    // Received Mon 1 Jul 2024: 13 school days to 19 Jul (12 Jul, NI, is no working day),
    // then 4 Sep (14th) ... 12 Sep (20th). The 60th working day would be 26 Sep.
    Deadline deadline = clock.responseDue(Regime.UK_SCHOOL, LocalDate.of(2024, 7, 1));
    assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 9, 12));
    assertThat(deadline.outerLimit()).isEqualTo(LocalDate.of(2024, 9, 26));
    // Without terms: the 20th working day (30 July), the earliest the 20th school day can be.
    Deadline withoutTerms = ClockFixture.clock().responseDue(Regime.UK_SCHOOL, LocalDate.of(2024, 7, 1));
    assertThat(withoutTerms.due()).isEqualTo(LocalDate.of(2024, 7, 30));
    assertThat(withoutTerms.outerLimit()).isEqualTo(LocalDate.of(2024, 9, 26));
  }

  @Test
  void schoolIsDueOnTheSixtiethWorkingDayWhenTermsRunOut() {
    var terms = List.of(new SchoolTerm(LocalDate.of(2024, 4, 15), LocalDate.of(2024, 7, 19)));
    StatutoryClock clock = ClockFixture.clock(new DeadlineSettings(false, terms));

    assertThat(clock.responseDue(Regime.UK_SCHOOL, LocalDate.of(2024, 7, 1)).due())
        .isEqualTo(LocalDate.of(2024, 9, 26));
  }
}
