package org.foiflow.reminder;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Regime;
import org.foiflow.contract.Today;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Turns the ISO dates the processes keep into the {@link Date}s that Camunda timers, due dates
 * and follow-up dates need: {@code ${moments.endOf(statutoryDueDate)}},
 * {@code ${moments.dueSoon(statutoryDueDate, regime)}},
 * {@code ${moments.reminder('RESPONSE_OVERDUE', statutoryDueDate, regime)}}.
 */
@Component("moments")
public class DeadlineMoments {

  private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  private final StatutoryClock clock;
  private final ReminderSchedule schedule;
  private final ZoneId zone;

  public DeadlineMoments(StatutoryClock clock, ReminderSettings settings, Today today) {
    this.clock = clock;
    this.schedule = new ReminderSchedule(settings, today.zone());
    this.zone = today.zone();
  }

  public ReminderSchedule schedule() {
    return schedule;
  }

  /** The end of the deadline day: due date of a task, and when a window closes. */
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
    return Date.from(schedule.moment(ReminderKind.valueOf(kind), IsoDates.parse(isoDate), clock.calendar(r)));
  }
}
