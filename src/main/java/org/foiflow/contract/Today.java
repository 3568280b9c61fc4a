package org.foiflow.contract;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today's date in the requesters' time zone. The clock is the engine's (see
 * org.foiflow.engine.EngineClock), so tests which move the engine clock move every date with it.
 */
@Component
public class Today {

  private final ZoneId zone;
  private final Clock clock;

  public Today(@Value("${foiflow.zone:Europe/London}") ZoneId zone, Clock clock) {
    this.zone = zone;
    this.clock = clock;
  }

  public ZoneId zone() {
    return zone;
  }

  public ZonedDateTime now() {
    return clock.instant().atZone(zone);
  }

  public LocalDate date() {
    return now().toLocalDate();
  }

  /** Today where the authority is, e.g. a US agency's day for a US request (issue 15, rule 9). */
  public LocalDate date(ZoneId where) {
    return now().withZoneSameInstant(where).toLocalDate();
  }
}
