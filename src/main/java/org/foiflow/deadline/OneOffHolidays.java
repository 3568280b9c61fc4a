package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Holidays an operator adds without a release ({@code foiflow.holidays.one-off} in
 * application.yaml or the environment), e.g. a one-off bank holiday announced after the shipped
 * table was built. They count in addition to the table and the rules.
 */
@ConfigurationProperties(prefix = "foiflow.holidays")
public record OneOffHolidays(List<OneOffHoliday> oneOff) {

  /** One extra holiday; {@code division} is england-and-wales, scotland, northern-ireland, us or ireland. */
  public record OneOffHoliday(LocalDate date, Division division, String name) {
    public OneOffHoliday {
      if (date == null || division == null) {
        throw new IllegalArgumentException("foiflow.holidays.one-off entries need a date and a division");
      }
      if (name == null || name.isBlank()) {
        name = "Bank holiday";
      }
    }
  }

  public OneOffHolidays {
    oneOff = oneOff == null ? List.of() : List.copyOf(oneOff);
  }
}
