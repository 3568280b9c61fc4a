package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.foiflow.deadline.OneOffHolidays.OneOffHoliday;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The settings bind from application.yaml and from environment-style keys, without a context. */
class DeadlineConfigurationBindingTest {

  @Test
  void applicationYamlBinds() throws IOException {
    List<PropertySource<?>> yaml =
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"));
    Binder binder =
        new Binder(ConfigurationPropertySources.from(yaml), null, ApplicationConversionService.getSharedInstance());

    DeadlineSettings settings = binder.bindOrCreate("foiflow.deadlines", DeadlineSettings.class);
    OneOffHolidays holidays = binder.bindOrCreate("foiflow.holidays", OneOffHolidays.class);

    assertThat(settings.receiptOnNonWorkingDayMovesToNextWorkingDay()).isFalse();
    assertThat(settings.schoolTerms()).isEmpty();
    assertThat(holidays.oneOff())
        .contains(new OneOffHoliday(LocalDate.of(2022, 3, 18), Division.IRELAND, "Once-off public holiday (COVID-19 remembrance)"));
  }

  @Test
  void operatorAddsHolidaysAndTermsThroughTheEnvironment() {
    var environment =
        new MapConfigurationPropertySource(
            Map.of(
                "foiflow.holidays.one-off[0].date", "2029-05-07",
                "foiflow.holidays.one-off[0].division", "england-and-wales",
                "foiflow.holidays.one-off[0].name", "Extra bank holiday",
                "foiflow.holidays.one-off[1].date", "2029-11-30",
                "foiflow.holidays.one-off[1].division", "scotland",
                "foiflow.deadlines.receipt-on-non-working-day-moves-to-next-working-day", "true",
                "foiflow.deadlines.school-terms[0].first-day", "2025-09-03",
                "foiflow.deadlines.school-terms[0].last-day", "2025-10-24"));
    Binder binder = new Binder(List.of(environment), null, ApplicationConversionService.getSharedInstance());

    OneOffHolidays holidays = binder.bindOrCreate("foiflow.holidays", OneOffHolidays.class);
    DeadlineSettings settings = binder.bindOrCreate("foiflow.deadlines", DeadlineSettings.class);

    assertThat(holidays.oneOff())
        .containsExactly(
            new OneOffHoliday(LocalDate.of(2029, 5, 7), Division.ENGLAND_AND_WALES, "Extra bank holiday"),
            new OneOffHoliday(LocalDate.of(2029, 11, 30), Division.SCOTLAND, "Bank holiday"));
    assertThat(settings.receiptOnNonWorkingDayMovesToNextWorkingDay()).isTrue();
    assertThat(settings.schoolTerms())
        .containsExactly(new DeadlineSettings.SchoolTerm(LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)));
  }

  @Test
  void nothingConfiguredMeansDefaults() {
    Binder binder = new Binder(List.of(new MapConfigurationPropertySource(Map.of())));

    assertThat(binder.bindOrCreate("foiflow.holidays", OneOffHolidays.class).oneOff()).isEmpty();
    assertThat(binder.bindOrCreate("foiflow.deadlines", DeadlineSettings.class)).isEqualTo(DeadlineSettings.defaults());
  }
}
