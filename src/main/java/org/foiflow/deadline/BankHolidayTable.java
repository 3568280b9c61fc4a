package org.foiflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of holidays by division: the official UK bank holidays (GOV.UK list for England and
 * Wales, Scotland and Northern Ireland, 2019-2028, one-off days included), shipped as
 * {@code holidays/uk-bank-holidays.csv} with columns {@code date,division,holiday,notes,name}, and
 * at run time the database's copy of it with the administrators' changes. Inside the years the
 * official list covers for a division it is the only source for that division: the table wins
 * over any rule. Outside them, a holiday listed here counts in addition to the rules.
 */
public final class BankHolidayTable {

  private static final String OFFICIAL_RESOURCE = "holidays/uk-bank-holidays.csv";

  /** One row of the list; {@code official}: from the shipped list, which sets the years covered. */
  public record ListedHoliday(LocalDate date, Division division, String name, boolean official) {}

  /** division -> year -> date -> name. */
  private final Map<Division, Map<Integer, Map<LocalDate, String>>> byYear;
  /** division -> first and last year of its official holidays. */
  private final Map<Division, int[]> covered;

  private BankHolidayTable(Map<Division, Map<Integer, Map<LocalDate, String>>> byYear, Map<Division, int[]> covered) {
    this.byYear = byYear;
    this.covered = covered;
  }

  public static BankHolidayTable of(List<ListedHoliday> holidays) {
    Map<Division, Map<Integer, Map<LocalDate, String>>> byYear = new EnumMap<>(Division.class);
    Map<Division, int[]> covered = new EnumMap<>(Division.class);
    for (ListedHoliday holiday : holidays) {
      int year = holiday.date().getYear();
      byYear
          .computeIfAbsent(holiday.division(), d -> new HashMap<>())
          .computeIfAbsent(year, y -> new TreeMap<>())
          .put(holiday.date(), holiday.name());
      if (holiday.official()) {
        covered.merge(
            holiday.division(), new int[] {year, year},
            (a, b) -> new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])});
      }
    }
    byYear.values().forEach(years -> years.replaceAll((year, dates) -> Collections.unmodifiableMap(dates)));
    return new BankHolidayTable(byYear, covered);
  }

  public static BankHolidayTable official() {
    return of(officialHolidays());
  }

  /** The shipped list's rows, e.g. to seed the database with. */
  public static List<ListedHoliday> officialHolidays() {
    try (InputStream in =
        BankHolidayTable.class.getClassLoader().getResourceAsStream(OFFICIAL_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + OFFICIAL_RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ListedHoliday> read(InputStream csv) throws IOException {
    List<ListedHoliday> holidays = new ArrayList<>();
    var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      holidays.add(
          new ListedHoliday(LocalDate.parse(row.get("date")), Division.ofCode(row.get("division")), row.get("name"), true));
    }
    return holidays;
  }

  /**
   * The division's holidays in that year, when the table covers the year (it lies between the
   * first and last year of the division's official holidays).
   */
  public Optional<Map<LocalDate, String>> holidaysIn(Division division, int year) {
    int[] years = covered.get(division);
    if (years == null || year < years[0] || year > years[1]) {
      return Optional.empty();
    }
    return Optional.of(listedIn(division, year));
  }

  /** Every holiday the table lists for the division in that year, covered by the official list or not. */
  public Map<LocalDate, String> listedIn(Division division, int year) {
    return byYear.getOrDefault(division, Map.of()).getOrDefault(year, Map.of());
  }
}
