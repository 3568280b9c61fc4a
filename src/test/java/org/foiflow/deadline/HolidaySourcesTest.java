package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.OneOffHolidays.OneOffHoliday;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the holidays come from: the official table, jollyday's rules, the operator's one-offs. */
class HolidaySourcesTest {

  private static final Set<Division> UK =
      EnumSet.of(Division.ENGLAND_AND_WALES, Division.SCOTLAND, Division.NORTHERN_IRELAND);

  private record Difference(Division division, LocalDate date, String table, String jollyday) {}

  @Test
  void tableWinsWhereJollydayDisagreesInsideItsYears() {
    List<Difference> differences = new ArrayList<>();
    for (Division division : UK) {
      for (int year = 2019; year <= 2028; year++) {
        Map<LocalDate, String> table = ClockFixture.TABLE.holidaysIn(division, year).orElseThrow();
        Map<LocalDate, String> rules = ClockFixture.JOLLYDAY.holidaysIn(division, year);
        Set<LocalDate> dates = new TreeSet<>(table.keySet());
        dates.addAll(rules.keySet());
        for (LocalDate date : dates) {
          if (table.containsKey(date) != rules.containsKey(date)) {
            differences.add(new Difference(division, date, table.get(date), rules.get(date)));
          }
        }
      }
    }
    // jollyday 2.19.0 agrees with the table on every date (1.5.0 lacked Scotland's 15 Jun 2026).
    System.out.println("jollyday vs official table 2019-2028, dates that differ: " + differences);

    StatutoryClock clock = ClockFixture.clock();
    for (Difference difference : differences) {
      WorkingDayCalendar calendar =
          difference.division() == Division.SCOTLAND
              ? clock.calendar(Regime.SCOTLAND_FOISA)
              : clock.calendar(Regime.UK_FOIA);
      assertThat(calendar.holidayName(difference.date()).isPresent())
          .as(difference.toString())
          .isEqualTo(difference.table() != null);
    }
  }

  @Test
  void tableWinsOverStaleOrWrongRules() {
    // Rules as jollyday 1.5.0 had them (no 15 Jun 2026 in Scotland), plus an invented holiday.
    HolidayRules stale =
        (division, year) -> {
          Map<LocalDate, String> holidays = new HashMap<>(ClockFixture.JOLLYDAY.holidaysIn(division, year));
          holidays.remove(LocalDate.of(2026, 6, 15));
          holidays.put(LocalDate.of(2026, 6, 16), "Not a holiday");
          return holidays;
        };
    StatutoryClock clock = ClockFixture.clock(stale);

    assertThat(clock.responseDue(Regime.SCOTLAND_FOISA, LocalDate.of(2026, 6, 12)).due())
        .isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).holidayName(LocalDate.of(2026, 6, 15)))
        .contains("World Cup bank holiday");
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).isWorkingDay(LocalDate.of(2026, 6, 16))).isTrue();
    // Outside the table the rules are all there is.
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).isWorkingDay(LocalDate.of(2030, 6, 18))).isTrue();
  }

  @Test
  void officialTableIsShippedWithNames() {
    assertThat(ClockFixture.TABLE.holidaysIn(Division.ENGLAND_AND_WALES, 2022).orElseThrow())
        .containsEntry(LocalDate.of(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II")
        .containsEntry(LocalDate.of(2022, 6, 2), "Spring bank holiday")
        .containsEntry(LocalDate.of(2022, 6, 3), "Platinum Jubilee bank holiday")
        .containsEntry(LocalDate.of(2022, 12, 27), "Christmas Day (substitute day)")
        .doesNotContainKey(LocalDate.of(2022, 5, 30));
    assertThat(ClockFixture.TABLE.holidaysIn(Division.SCOTLAND, 2026).orElseThrow())
        .containsKey(LocalDate.of(2026, 6, 15));
    assertThat(ClockFixture.TABLE.holidaysIn(Division.ENGLAND_AND_WALES, 2018)).isEmpty();
    assertThat(ClockFixture.TABLE.holidaysIn(Division.ENGLAND_AND_WALES, 2029)).isEmpty();
    assertThat(ClockFixture.TABLE.holidaysIn(Division.US, 2024)).isEmpty();
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ENGLAND_AND_WALES | 2009-12-28 | Boxing Day (substitute day)
          SCOTLAND          | 2010-01-04 | 2nd January (substitute day)
          ENGLAND_AND_WALES | 2010-04-05 | Easter Monday
          ENGLAND_AND_WALES | 2010-05-31 | Spring Bank Holiday
          SCOTLAND          | 2030-12-02 | St. Andrew's Day (substitute day)
          NORTHERN_IRELAND  | 2030-03-18 | Saint Patrick's Day (substitute day)
          US                | 2024-10-14 | Columbus Day
          US                | 2021-12-31 | New Year's Day (substitute day)
          US                | 2024-11-28 | Thanksgiving Day
          IRELAND           | 2024-02-05 | St. Brigid's Day (substitute day)
          IRELAND           | 2023-12-26 | St.Stephen's Day
          """)
  void rulesComputeHolidaysOutsideTheTableAndForUsAndIreland(
      Division division, LocalDate date, String name) {
    assertThat(ClockFixture.JOLLYDAY.holidaysIn(division, date.getYear())).containsEntry(date, name);
  }

  @Test
  void christmasDayAndGoodFridayAreNeverWorkingDaysInAUkCalendar() {
    // FOIA s.10(6) and FOISA s.73 name them beside the bank holidays; the data has them on every
    // weekday they fall on.
    var register = new BankHolidayRegister(ClockFixture.TABLE, ClockFixture.JOLLYDAY, List.of());
    for (Jurisdiction jurisdiction :
        EnumSet.of(Jurisdiction.UNITED_KINGDOM, Jurisdiction.SCOTLAND, Jurisdiction.ENGLAND_AND_WALES, Jurisdiction.NORTHERN_IRELAND)) {
      var calendar = new WorkingDayCalendar(jurisdiction, register);
      for (int year = 2000; year <= 2100; year++) {
        LocalDate christmas = LocalDate.of(year, Month.DECEMBER, 25);
        LocalDate goodFriday = easterSunday(year).minusDays(2);
        assertThat(calendar.isWorkingDay(christmas)).as(jurisdiction + " " + christmas).isFalse();
        assertThat(calendar.isWorkingDay(goodFriday)).as(jurisdiction + " " + goodFriday).isFalse();
      }
    }
  }

  @Test
  void oneOffHolidaysCountWithoutARelease() {
    StatutoryClock clock =
        ClockFixture.clock(
            List.of(
                new OneOffHoliday(LocalDate.of(2030, 6, 14), Division.ENGLAND_AND_WALES, "Test day"),
                new OneOffHoliday(LocalDate.of(2022, 3, 18), Division.IRELAND, "Once-off public holiday")));

    // Fri 14 Jun 2030 in England and Wales: UK_FOIA counts it (any part of the UK), FOISA does not.
    assertThat(clock.calendar(Regime.UK_FOIA).holidayName(LocalDate.of(2030, 6, 14)))
        .contains("England and Wales: Test day");
    assertThat(clock.calendar(Regime.SCOTLAND_FOISA).isWorkingDay(LocalDate.of(2030, 6, 14))).isTrue();
    // Ireland, received Wed 16 Mar 2022: 17 and 18 Mar skipped, due 15 Apr (14 Apr without it).
    assertThat(clock.responseDue(Regime.IE_FOI, LocalDate.of(2022, 3, 16)).due())
        .isEqualTo(LocalDate.of(2022, 4, 15));
    assertThat(ClockFixture.clock().responseDue(Regime.IE_FOI, LocalDate.of(2022, 3, 16)).due())
        .isEqualTo(LocalDate.of(2022, 4, 14));
  }

  /** Anonymous Gregorian algorithm (Meeus/Jones/Butcher), independent of jollyday. */
  private static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
