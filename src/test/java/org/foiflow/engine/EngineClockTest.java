package org.foiflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.foiflow.contract.Today;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Today" follows the engine's clock (ClockUtil), which tests move: an upgrade that changes it fails here. */
class EngineClockTest {

  @AfterEach
  void resetTheEngineClock() {
    ClockUtil.reset();
  }

  @Test
  void todayIsTheEnginesDayInTheRequestersZone() {
    // 23:30 UTC on 30 June is already 1 July in London (BST).
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-06-30T23:30:00Z")));
    Today today = new Today(ZoneId.of("Europe/London"), new EngineClock());

    assertThat(today.date()).hasToString("2026-07-01");
    assertThat(new EngineClock().instant()).isEqualTo(Instant.parse("2026-06-30T23:30:00Z"));
  }
}
