package org.foiflow.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working days of one jurisdiction: every day but Saturdays, Sundays and the holidays of its
 * divisions. Christmas Day and Good Friday, which FOIA s.10(6) and FOISA s.73 name beside the bank
 * holidays, are bank holidays in every UK division of both the table and the rules whenever they
 * fall on a weekday, so they need no rule of their own.
 */
public final class WorkingDayCalendar {

  private final Set<Division> divisions;
  private final BankHolidayRegister holidays;

  public WorkingDayCalendar(Jurisdiction jurisdiction, BankHolidayRegister holidays) {
    this.divisions = jurisdiction.divisions();
    this.holidays = holidays;
  }

  public boolean isWorkingDay(LocalDate date) {
    return !isWeekend(date) && holidayName(date).isEmpty();
  }

  /**
   * The name of the holiday on that date in this jurisdiction. Where only some of its divisions
   * have the holiday, the name says which, e.g. "Scotland: 2nd January".
   */
  public Optional<String> holidayName(LocalDate date) {
    Map<String, List<Division>> byName = new LinkedHashMap<>();
    for (Division division : divisions) {
      holidays
          .holidayOn(division, date)
          .ifPresent(
              name -> byName.computeIfAbsent(name, n -> new ArrayList<>()).add(division));
    }
    if (byName.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        byName.entrySet().stream()
            .map(
                e ->
                    e.getValue().size() == divisions.size()
                        ? e.getKey()
                        : where(e.getValue()) + ": " + e.getKey())
            .collect(Collectors.joining("; ")));
  }

  /** The working day that is {@code workingDays} working days after {@code from} (day 0). */
  public LocalDate addWorkingDays(LocalDate from, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate day = from;
    for (int counted = 0; counted < workingDays; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working day {@code workingDays} working days before {@code date}, for reminders ahead of a deadline. */
  public LocalDate subtractWorkingDays(LocalDate date, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
    }
    LocalDate day = date;
    for (int counted = 0; counted < workingDays; ) {
      day = day.minusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /** The working days after {@code from} (day 0) up to and including {@code to}: how long an answer took. */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    int days = 0;
    for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        days++;
      }
    }
    return days;
  }

  /** {@code date} itself when it is a working day, else the next working day. */
  public LocalDate onOrAfter(LocalDate date) {
    LocalDate day = date;
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static String where(List<Division> divisions) {
    return divisions.stream().map(Division::label).collect(Collectors.joining(", "));
  }
}
