package org.foiflow.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumMap;
import java.util.Map;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Regime;
import org.foiflow.contract.Today;
import org.foiflow.deadline.RegimeZones;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Turns the ISO dates the processes keep into the {@link Date}s that Camunda timers, due dates
 * and follow-up dates need: {@code ${moments.endOf(statutoryDueDate)}},
 * {@code ${moments.dueSoon(statutoryDueDate, regime)}},
 * {@code ${moments.reminder('RESPONSE_OVERDUE', statutoryDueDate, regime)}}. Each in the regime's
 * time zone (issue 15, rule 9): a US deadline ends at midnight in New York.
 */
@Component("moments")
public class DeadlineMoments {

  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  private final StatutoryClock clock;
  private final ReminderSchedule schedule;
  private final Map<Regime, ReminderSchedule> schedules = new EnumMap<>(Regime.class);
  private final ZoneId zone;

  public DeadlineMoments(StatutoryClock clock, ReminderSettings settings, Today today, RegimeZones zones) {
    this.clock = clock;
    this.schedule = new ReminderSchedule(settings, today.zone());
    this.zone = today.zone();
    for (Regime regime : Regime.values()) {
      schedules.put(regime, new ReminderSchedule(settings, zones.of(regime)));
    }
  }

  /** The reminders of a regime's requests, in its time zone. */
  public ReminderSchedule schedule(Regime regime) {
    return schedules.get(regime);
  }

  /** The end of the deadline day where the authority is: due date of a task, and when a window closes. */
  public Date endOf(String isoDate, String regime) {
    return Date.from(schedule(Regime.valueOf(regime)).endOf(IsoDates.parse(isoDate)));
  }

  /**
   * The end of the day in FOI Flow's zone ({@code foiflow.zone}): what diagrams deployed before
   * the regimes' zones (rule 9) call, so that their running requests keep working.
   */
  public Date endOf(String isoDate) {
    return Date.from(schedule.endOf(IsoDates.parse(isoDate)));
  }

  /** 5pm on the deadline day: the tribunal's deadlines end then (GRC Rules 2009, r.12(1)). */
  public Date byFivePm(String isoDate) {
    return Date.from(IsoDates.parse(isoDate).atTime(FIVE_PM).atZone(zone).toInstant());
  }

  /** The start of the day from which a deadline counts as due soon (the follow-up date). */
  public Date dueSoon(String isoDate, String regime) {
    return reminder(ReminderKind.RESPONSE_DUE_SOON.name(), isoDate, regime);
  }

  public Date reminder(String kind, String isoDate, String regime) {
    Regime r = Regime.valueOf(regime);
    return Date.from(schedule(r).moment(ReminderKind.valueOf(kind), IsoDates.parse(isoDate), clock.calendar(r)));
  }
}
