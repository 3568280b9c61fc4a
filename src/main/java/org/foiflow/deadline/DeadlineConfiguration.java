package org.foiflow.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Makes the {@link StatutoryClock} injectable, on the latest deployed regime table and the
 * holidays as the database holds them.
 */
@Configuration
@EnableScheduling
@EnableConfigurationProperties({OneOffHolidays.class, DeadlineSettings.class, RegimeZones.class})
public class DeadlineConfiguration {

  @Bean
  BankHolidayRegister bankHolidayRegister(StoredHolidays stored, OneOffHolidays oneOffHolidays) {
    return new BankHolidayRegister(stored::current, new JollydayHolidayRules(), oneOffHolidays.oneOff());
  }

  @Bean
  StatutoryClock statutoryClock(BankHolidayRegister holidays, DeadlineSettings settings, DeployedRegimeTable table) {
    return new StatutoryClock(table::current, holidays, settings);
  }
}
