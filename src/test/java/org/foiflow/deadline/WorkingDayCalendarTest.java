package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.foiflow.contract.Regime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting back and counting between, over Easter 2025 (Good Friday 18, Easter Monday 21 April). */
class WorkingDayCalendarTest {

  static final WorkingDayCalendar UK = ClockFixture.clock().calendar(Regime.UK_FOIA);

  @ParameterizedTest(name = "{1} working days before {0}: {2}")
  @CsvSource({
    "2025-04-24, 5, 2025-04-15",
    "2025-04-22, 1, 2025-04-17",
    "2025-04-22, 0, 2025-04-22",
  })
  void subtractWorkingDays(LocalDate date, int workingDays, LocalDate expected) {
    assertThat(UK.subtractWorkingDays(date, workingDays)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} to {1}: {2} working days")
  @CsvSource({
    "2025-04-17, 2025-04-22, 1",
    "2025-04-15, 2025-04-24, 5",
    "2025-04-24, 2025-04-24, 0",
    // Received on a Saturday: day 0, the Monday is the first working day.
    "2025-03-01, 2025-03-03, 1",
  })
  void workingDaysBetween(LocalDate from, LocalDate to, int expected) {
    assertThat(UK.workingDaysBetween(from, to)).isEqualTo(expected);
  }
}
