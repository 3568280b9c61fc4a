package org.foiflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The official UK bank holidays (GOV.UK list for England and Wales, Scotland and Northern
 * Ireland, 2019-2028, one-off days included), shipped as {@code holidays/uk-bank-holidays.csv}
 * with columns {@code date,division,holiday,notes,name}. Inside the years it covers for a division
 * it is the only source for that division: the table wins over any rule.
 */
public final class BankHolidayTable {

  private static final String OFFICIAL_RESOURCE = "holidays/uk-bank-holidays.csv";

  /** division -> year -> date -> name. */
  private final Map<Division, Map<Integer, Map<LocalDate, String>>> byYear;

  private BankHolidayTable(Map<Division, Map<Integer, Map<LocalDate, String>>> byYear) {
    this.byYear = byYear;
  }

  public static BankHolidayTable official() {
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

  private static BankHolidayTable read(InputStream csv) throws IOException {
    Map<Division, Map<Integer, Map<LocalDate, String>>> byYear = new EnumMap<>(Division.class);
    var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
    for (CSVRecord row : format.parse(new InputStreamReader(csv, StandardCharsets.UTF_8))) {
      LocalDate date = LocalDate.parse(row.get("date"));
      byYear
          .computeIfAbsent(Division.ofCode(row.get("division")), d -> new HashMap<>())
          .computeIfAbsent(date.getYear(), y -> new TreeMap<>())
          .put(date, row.get("name"));
    }
    byYear.values().forEach(years -> years.replaceAll((year, dates) -> Collections.unmodifiableMap(dates)));
    return new BankHolidayTable(byYear);
  }

  /**
   * The division's holidays in that year, when the table covers the year (it lies between the
   * first and last year the table lists for the division).
   */
  public Optional<Map<LocalDate, String>> holidaysIn(Division division, int year) {
    Map<Integer, Map<LocalDate, String>> years = byYear.getOrDefault(division, Map.of());
    if (years.isEmpty()
        || year < Collections.min(years.keySet())
        || year > Collections.max(years.keySet())) {
      return Optional.empty();
    }
    return Optional.of(years.getOrDefault(year, Map.of()));
  }
}
