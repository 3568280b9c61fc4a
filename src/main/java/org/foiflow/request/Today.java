package org.foiflow.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today's date in the requesters' time zone, read from the engine's clock so that tests which
 * move the engine clock move every date with it.
 */
@Component
public class Today {

  private final ZoneId zone;

  public Today(@Value("${foiflow.zone:Europe/London}") ZoneId zone) {
    this.zone = zone;
  }

  public ZoneId zone() {
    return zone;
  }

  public ZonedDateTime now() {
    return ClockUtil.getCurrentTime().toInstant().atZone(zone);
  }

  public LocalDate date() {
    return now().toLocalDate();
  }

  /** Today where the authority is, e.g. a US agency's day for a US request (issue 15, rule 9). */
  public LocalDate date(ZoneId where) {
    return now().withZoneSameInstant(where).toLocalDate();
  }
}
