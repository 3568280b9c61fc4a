package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period as written in statutory-deadlines.dmn: a whole number and a unit, {@code WD} working
 * days of the regime's calendar, {@code D} calendar days, {@code W} calendar weeks, {@code M}
 * calendar months; e.g. "40WD", "28D", "6W", "6M".
 */
public record StatutoryPeriod(int amount, Unit unit) {

  public enum Unit {
    WD,
    D,
    W,
    M
  }

  private static final Pattern NOTATION = Pattern.compile("(\\d{1,3})(WD|D|W|M)");

  public StatutoryPeriod {
    if (amount < 0 || unit == null) {
      throw new IllegalArgumentException("bad period: " + amount + " " + unit);
    }
  }

  /** Reads the notation; a blank or null cell means the regime has no such rule (null). */
  public static StatutoryPeriod parse(String notation) {
    if (notation == null || notation.isBlank()) {
      return null;
    }
    Matcher m = NOTATION.matcher(notation.trim());
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "period '" + notation + "' is not <number><WD|D|W|M>, e.g. 40WD, 28D, 6W, 6M");
    }
    return new StatutoryPeriod(Integer.parseInt(m.group(1)), Unit.valueOf(m.group(2)));
  }

  /**
   * The last day of the period that runs from the day after {@code from}: the Nth working day
   * after it, or the same date N days, weeks or months later (a month without that date ends on
   * its last day: 31 Aug + 6M = 28/29 Feb). A calendar-period end that falls on a weekend or
   * holiday is not moved: the date returned is never later than the true one.
   */
  public LocalDate endAfter(LocalDate from, WorkingDayCalendar calendar) {
    return switch (unit) {
      case WD -> calendar.addWorkingDays(from, amount);
      case D -> from.plusDays(amount);
      case W -> from.plusWeeks(amount);
      case M -> from.plusMonths(amount);
    };
  }

  /**
   * The last day of the period "beginning with" {@code first} (the first day counts, as in FOIA
   * s.9(2)): 10 Jan + 3M ends on 9 Apr; a month without the corresponding date ends on its last
   * day, so 31 Jan + 3M ends on 30 Apr.
   */
  public LocalDate lastDayBeginningWith(LocalDate first, WorkingDayCalendar calendar) {
    if (amount == 0) {
      throw new IllegalStateException("a period beginning with a day lasts at least one day");
    }
    return switch (unit) {
      case WD -> calendar.addWorkingDays(calendar.onOrAfter(first), amount - 1);
      case D -> first.plusDays(amount - 1L);
      case W -> first.plusWeeks(amount).minusDays(1);
      case M -> {
        LocalDate corresponding = first.plusMonths(amount);
        yield corresponding.getDayOfMonth() == first.getDayOfMonth()
            ? corresponding.minusDays(1)
            : corresponding;
      }
    };
  }

  @Override
  public String toString() {
    return amount + unit.name();
  }
}
