package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.foiflow.deadline.OneOffHolidays.OneOffHoliday;

/**
 * Answers whether a date is a holiday in a division: the official table for the years it covers,
 * the rules otherwise, plus the holidays administrators added to the table for other years and the
 * operator's one-off holidays.
 *
 * <p>A holiday proclaimed while a request is running (the State Funeral, 19 Sep 2022) counts as a
 * non-working day as soon as it is in the table or configured (the table wins): the point is
 * unsettled for FOIA, and the Scottish Information Commissioner did not count that day as a
 * working day. Deadlines are pure functions of the dates, so running requests pick a new holiday
 * up by asking the clock again (org.foiflow.holiday re-times them when the table changes).
 */
public final class BankHolidayRegister {

  private final Supplier<BankHolidayTable> table;
  private final HolidayRules rules;
  private final Map<Division, Map<LocalDate, String>> oneOff = new EnumMap<>(Division.class);

  public BankHolidayRegister(BankHolidayTable table, HolidayRules rules, List<OneOffHoliday> oneOff) {
    this(() -> table, rules, oneOff);
  }

  /** {@code table}: the table as it is now (administrators change it while FOI Flow runs). */
  public BankHolidayRegister(Supplier<BankHolidayTable> table, HolidayRules rules, List<OneOffHoliday> oneOff) {
    this.table = table;
    this.rules = rules;
    for (OneOffHoliday holiday : oneOff) {
      this.oneOff
          .computeIfAbsent(holiday.division(), d -> new HashMap<>())
          .put(holiday.date(), holiday.name());
    }
  }

  public Optional<String> holidayOn(Division division, LocalDate date) {
    BankHolidayTable now = table.get();
    Optional<Map<LocalDate, String>> covered = now.holidaysIn(division, date.getYear());
    if (covered.isPresent()) {
      return Optional.ofNullable(covered.get().get(date)).or(() -> oneOff(division, date));
    }
    return Optional.ofNullable(rules.holidaysIn(division, date.getYear()).get(date))
        .or(() -> Optional.ofNullable(now.listedIn(division, date.getYear()).get(date)))
        .or(() -> oneOff(division, date));
  }

  /** Every holiday of the division in that year, by date, as {@link #holidayOn} sees them. */
  public Map<LocalDate, String> holidaysIn(Division division, int year) {
    BankHolidayTable now = table.get();
    Map<LocalDate, String> holidays = new TreeMap<>(oneOff.getOrDefault(division, Map.of()));
    holidays.keySet().removeIf(date -> date.getYear() != year);
    now.holidaysIn(division, year)
        .ifPresentOrElse(
            holidays::putAll,
            () -> {
              holidays.putAll(now.listedIn(division, year));
              holidays.putAll(rules.holidaysIn(division, year));
            });
    return holidays;
  }

  private Optional<String> oneOff(Division division, LocalDate date) {
    return Optional.ofNullable(oneOff.getOrDefault(division, Map.of()).get(date));
  }
}
