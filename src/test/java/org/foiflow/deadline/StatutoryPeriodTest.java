package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatutoryPeriodTest {

  @Test
  void readsTheDmnNotation() {
    assertThat(StatutoryPeriod.parse("40WD")).isEqualTo(new StatutoryPeriod(40, StatutoryPeriod.Unit.WD));
    assertThat(StatutoryPeriod.parse("28D")).isEqualTo(new StatutoryPeriod(28, StatutoryPeriod.Unit.D));
    assertThat(StatutoryPeriod.parse(" 6W ")).isEqualTo(new StatutoryPeriod(6, StatutoryPeriod.Unit.W));
    assertThat(StatutoryPeriod.parse("6M")).hasToString("6M");
    assertThat(StatutoryPeriod.parse("")).isNull();
    assertThat(StatutoryPeriod.parse(null)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"40", "WD", "40 WD", "-3D", "6Y", "6m"})
  void rejectsAnythingElse(String notation) {
    assertThatThrownBy(() -> StatutoryPeriod.parse(notation)).isInstanceOf(IllegalArgumentException.class);
  }
}
