package org.foiflow.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The engine's clock as a {@link Clock}. Timers and due dates are judged by Camunda's ClockUtil,
 * which tests move; "today" must read the same clock or a test's date and the engine's disagree.
 */
@Component
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneOffset.UTC);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }
}
