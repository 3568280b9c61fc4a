package org.foiflow.contract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as a person reads them in FOI Flow's emails, comments and pages: UK order, month in words. */
public final class DatesForPeople {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter DAY_WITH_WEEKDAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private DatesForPeople() {}

  /** "2 December 2026". */
  public static String day(LocalDate date) {
    return DAY.format(date);
  }

  /** "Wednesday 2 December 2026". */
  public static String dayWithWeekday(LocalDate date) {
    return DAY_WITH_WEEKDAY.format(date);
  }
}
