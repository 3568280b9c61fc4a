package org.foiflow.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Makes the {@link StatutoryClock} injectable, on the latest deployed regime table. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({OneOffHolidays.class, DeadlineSettings.class})
public class DeadlineConfiguration {

  @Bean
  StatutoryClock statutoryClock(OneOffHolidays oneOffHolidays, DeadlineSettings settings, DeployedRegimeTable table) {
    var holidays =
        new BankHolidayRegister(
            BankHolidayTable.official(), new JollydayHolidayRules(), oneOffHolidays.oneOff());
    return new StatutoryClock(table::current, holidays, settings);
  }
}
