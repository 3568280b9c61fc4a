package org.foiflow.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.foiflow.deadline.WorkingDayCalendar;

/**
 * When each reminder is due, in plain Java: the working-day arithmetic around a deadline, and
 * which reminder of the response series fits a given moment.
 */
public final class ReminderSchedule {

  private final ReminderSettings settings;
  private final ZoneId zone;

  public ReminderSchedule(ReminderSettings settings, ZoneId zone) {
    this.settings = settings;
    this.zone = zone;
  }

  /** The day a reminder of {@code kind} goes out for a deadline on {@code deadline}. */
  public LocalDate day(ReminderKind kind, LocalDate deadline, WorkingDayCalendar calendar) {
    return switch (kind.moment()) {
      case BEFORE -> calendar.subtractWorkingDays(deadline, settings.leadWorkingDays());
      case ON -> deadline;
      case AFTER -> calendar.addWorkingDays(deadline, 1);
      case LONG_AFTER -> calendar.addWorkingDays(deadline, settings.longOverdueWorkingDays());
    };
  }

  public Instant moment(ReminderKind kind, LocalDate deadline, WorkingDayCalendar calendar) {
    return startOfReminderDay(day(kind, deadline, calendar));
  }

  public Instant startOfReminderDay(LocalDate day) {
    return day.atTime(settings.timeOfDay()).atZone(zone).toInstant();
  }

  /** The last moment of a deadline day: a task due then is not overdue until the day is over. */
  public Instant endOf(LocalDate day) {
    return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
  }

  /**
   * The reminder of the response series that fits {@code now}: the latest whose moment has
   * passed. A request filed after its due date therefore gets the overdue reminder, not the
   * "due soon" and "due today" ones as well.
   */
  public Optional<ReminderKind> fittingResponseReminder(LocalDate due, WorkingDayCalendar calendar, Instant now) {
    ReminderKind fitting = null;
    for (ReminderKind kind : RESPONSE_SERIES) { // EnumSet iterates in declaration order
      if (!moment(kind, due, calendar).isAfter(now)) {
        fitting = kind;
      }
    }
    return Optional.ofNullable(fitting);
  }

  private static final Set<ReminderKind> RESPONSE_SERIES =
      EnumSet.of(
          ReminderKind.RESPONSE_DUE_SOON,
          ReminderKind.RESPONSE_DUE,
          ReminderKind.RESPONSE_OVERDUE,
          ReminderKind.RESPONSE_LONG_OVERDUE);
}
