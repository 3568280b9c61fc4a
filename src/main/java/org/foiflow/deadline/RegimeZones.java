package org.foiflow.deadline;

import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.foiflow.contract.Regime;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The time zone each regime counts and fires in (issue 15, rule 9): a day of the clock is a day
 * where the authority is. US_FOIA in the agency's zone (America/New_York unless set), IE_FOI in
 * Europe/Dublin, the UK regimes in Europe/London. Set per regime, e.g.
 * {@code foiflow.deadlines.zones.US_FOIA=America/Chicago} for an agency in Chicago.
 */
@ConfigurationProperties(prefix = "foiflow.deadlines")
public record RegimeZones(Map<Regime, ZoneId> zones) {

  private static final ZoneId LONDON = ZoneId.of("Europe/London");

  public RegimeZones {
    Map<Regime, ZoneId> all = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      all.put(regime, LONDON);
    }
    all.put(Regime.US_FOIA, ZoneId.of("America/New_York"));
    all.put(Regime.IE_FOI, ZoneId.of("Europe/Dublin"));
    if (zones != null) {
      all.putAll(zones);
    }
    zones = Map.copyOf(all);
  }

  public static RegimeZones defaults() {
    return new RegimeZones(null);
  }

  public ZoneId of(Regime regime) {
    return zones.get(regime);
  }
}
