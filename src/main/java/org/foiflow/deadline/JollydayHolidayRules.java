package org.foiflow.deadline;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holidays computed by jollyday (de.focus-shift), used for the UK outside the official table's
 * years and always for the US and Ireland.
 */
public final class JollydayHolidayRules implements HolidayRules {

  private record DivisionYear(Division division, int year) {}

  private final HolidayManager unitedKingdom = manager(HolidayCalendar.UNITED_KINGDOM);
  private final HolidayManager unitedStates = manager(HolidayCalendar.UNITED_STATES);
  private final HolidayManager ireland = manager(HolidayCalendar.IRELAND);
  private final Map<DivisionYear, Map<LocalDate, String>> cache = new ConcurrentHashMap<>();

  private static HolidayManager manager(HolidayCalendar calendar) {
    return HolidayManager.getInstance(ManagerParameters.create(calendar));
  }

  @Override
  public Map<LocalDate, String> holidaysIn(Division division, int year) {
    return cache.computeIfAbsent(new DivisionYear(division, year), this::compute);
  }

  private Map<LocalDate, String> compute(DivisionYear key) {
    Map<LocalDate, String> holidays = new TreeMap<>();
    // A substitute day can fall in the next or the previous year (US: 1 Jan on a Saturday is
    // observed on 31 Dec), so ask for the neighbouring years and keep the dates in this one.
    for (int year = key.year() - 1; year <= key.year() + 1; year++) {
      for (Holiday holiday : holidaysOf(key.division(), year)) {
        if (holiday.getDate().getYear() == key.year()) {
          holidays.merge(holiday.getDate(), name(holiday), (a, b) -> a + "; " + b);
        }
      }
    }
    if (key.division() == Division.US) {
      // 5 U.S.C. 6103(a): Columbus Day, the second Monday in October, is a federal holiday;
      // jollyday files it under the states only.
      LocalDate columbusDay =
          LocalDate.of(key.year(), 10, 1).with(dayOfWeekInMonth(2, DayOfWeek.MONDAY));
      holidays.putIfAbsent(columbusDay, "Columbus Day");
    }
    return Collections.unmodifiableMap(holidays);
  }

  private Iterable<Holiday> holidaysOf(Division division, int year) {
    return switch (division) {
      case ENGLAND_AND_WALES -> unitedKingdom.getHolidays(Year.of(year), "eng");
      case SCOTLAND -> unitedKingdom.getHolidays(Year.of(year), "sct");
      case NORTHERN_IRELAND -> unitedKingdom.getHolidays(Year.of(year), "nir");
      // Only the nation-wide (federal) list, not any state's.
      case US -> unitedStates.getHolidays(Year.of(year));
      // jollyday lists Irish public holidays on their own dates, with no weekend substitutes.
      case IRELAND -> ireland.getHolidays(Year.of(year));
    };
  }

  private static String name(Holiday holiday) {
    String name = holiday.getDescription(Locale.ENGLISH);
    boolean moved =
        holiday.getObservedDate().filter(d -> !d.equals(holiday.getActualDate())).isPresent();
    return moved ? name + " (substitute day)" : name;
  }
}
