package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foiflow.deadline.BankHolidayTable.ListedHoliday;
import org.junit.jupiter.api.Test;

/**
 * The holiday table as administrators edit it (issue 15, rule 13): the official rows set the
 * years the table alone decides; a holiday added in those years counts, one removed no longer
 * does, and one added in another year counts on top of the rules.
 */
class EditedHolidayTableTest {

  static final LocalDate ADDED_IN_TABLE_YEARS = LocalDate.of(2027, 1, 15);
  static final LocalDate ADDED_OUTSIDE = LocalDate.of(2033, 2, 15);
  static final LocalDate ST_ANDREWS_DAY_2027 = LocalDate.of(2027, 11, 30);

  @Test
  void addedAndRemovedHolidaysCountWithTheRulesOutsideTheOfficialYears() {
    List<ListedHoliday> rows = new ArrayList<>(BankHolidayTable.officialHolidays());
    rows.removeIf(h -> h.date().equals(ST_ANDREWS_DAY_2027));
    rows.add(new ListedHoliday(ADDED_IN_TABLE_YEARS, Division.SCOTLAND, "State funeral", false));
    rows.add(new ListedHoliday(ADDED_OUTSIDE, Division.SCOTLAND, "Day of mourning", false));
    var register = new BankHolidayRegister(BankHolidayTable.of(rows), ClockFixture.JOLLYDAY, List.of());

    assertThat(register.holidayOn(Division.SCOTLAND, ADDED_IN_TABLE_YEARS)).contains("State funeral");
    assertThat(register.holidayOn(Division.ENGLAND_AND_WALES, ADDED_IN_TABLE_YEARS)).isEmpty();
    assertThat(register.holidayOn(Division.SCOTLAND, ST_ANDREWS_DAY_2027)).as("removed").isEmpty();
    assertThat(register.holidayOn(Division.SCOTLAND, ADDED_OUTSIDE)).contains("Day of mourning");
    assertThat(register.holidayOn(Division.SCOTLAND, LocalDate.of(2033, 1, 3))).as("by rule").isPresent();
    assertThat(register.holidaysIn(Division.SCOTLAND, 2033)).containsKeys(ADDED_OUTSIDE, LocalDate.of(2033, 12, 26));
    assertThat(register.holidaysIn(Division.SCOTLAND, 2027))
        .containsKey(ADDED_IN_TABLE_YEARS)
        .doesNotContainKey(ST_ANDREWS_DAY_2027);

    var calendar = new WorkingDayCalendar(Jurisdiction.UNITED_KINGDOM, register);
    assertThat(calendar.holidayName(ADDED_IN_TABLE_YEARS)).contains("Scotland: State funeral");
    assertThat(calendar.isWorkingDay(ADDED_OUTSIDE)).isFalse();
  }

  @Test
  void theOfficialListIsWhatTheDatabaseIsSeededWith() {
    assertThat(BankHolidayTable.officialHolidays()).hasSize(280).allMatch(ListedHoliday::official);
  }
}
