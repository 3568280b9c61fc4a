package org.foiflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesForPeopleTest {

  @Test
  void dayComesFirstAndTheMonthInWords() {
    assertThat(DatesForPeople.day(LocalDate.of(2026, 12, 2))).isEqualTo("2 December 2026");
    assertThat(DatesForPeople.dayWithWeekday(LocalDate.of(2027, 1, 4))).isEqualTo("Monday 4 January 2027");
  }
}
