package org.foiflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDatesTest {

  @ParameterizedTest
  @CsvSource({
    "02/12/2026, 2026-12-02",
    "2/12/2026, 2026-12-02",
    "12/02/2026, 2026-02-12",
    "31/12/2026, 2026-12-31",
    "' 02/12/2026 ', 2026-12-02",
    "2026-12-02, 2026-12-02",
    "2026-12-02T00:00:00, 2026-12-02",
    "29/02/2028, 2028-02-29"
  })
  void readsDayFirstAndIso(String typed, LocalDate meant) {
    assertThat(IsoDates.parseTyped(typed)).isEqualTo(meant);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026/02/12", "02/12/26", "12-02-2026", "02.12.2026", "13/13/2026", "31/11/2026",
      "29/02/2027", "2 December 2026", "", "02/12/2026/1"})
  void refusesWhatItWouldHaveToGuess(String typed) {
    assertThatThrownBy(() -> IsoDates.parseTyped(typed)).isInstanceOf(DateTimeParseException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"02/12/2026", "2026/12/02"})
  void storedDatesStayIsoOnly(String text) {
    assertThat(IsoDates.orNull(text)).isNull();
  }
}
