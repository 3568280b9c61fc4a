package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foiflow.deadline.OneOffHolidays.OneOffHoliday;

/**
 * Answers whether a date is a holiday in a division: the official table for the years it covers,
 * the rules otherwise, plus the operator's one-off holidays.
 *
 * <p>A holiday proclaimed while a request is running (the State Funeral, 19 Sep 2022) counts as a
 * non-working day as soon as it is in the table or configured (the table wins): the point is
 * unsettled for FOIA, and the Scottish Information Commissioner did not count that day as a
 * working day. Deadlines are pure functions of the dates, so running requests pick a new holiday
 * up by asking the clock again.
 */
public final class BankHolidayRegister {

  private final BankHolidayTable table;
  private final HolidayRules rules;
  private final Map<Division, Map<LocalDate, String>> oneOff = new EnumMap<>(Division.class);

  public BankHolidayRegister(BankHolidayTable table, HolidayRules rules, List<OneOffHoliday> oneOff) {
    this.table = table;
    this.rules = rules;
    for (OneOffHoliday holiday : oneOff) {
      this.oneOff
          .computeIfAbsent(holiday.division(), d -> new HashMap<>())
          .put(holiday.date(), holiday.name());
    }
  }

  public Optional<String> holidayOn(Division division, LocalDate date) {
    Map<LocalDate, String> official =
        table
            .holidaysIn(division, date.getYear())
            .orElseGet(() -> rules.holidaysIn(division, date.getYear()));
    return Optional.ofNullable(official.get(date))
        .or(() -> Optional.ofNullable(oneOff.getOrDefault(division, Map.of()).get(date)));
  }
}
