package org.foiflow.deadline;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes the {@link StatutoryClock} injectable; reads the regime table once, at start-up. */
@Configuration
@EnableConfigurationProperties({OneOffHolidays.class, DeadlineSettings.class})
public class DeadlineConfiguration {

  @Bean
  StatutoryClock statutoryClock(OneOffHolidays oneOffHolidays, DeadlineSettings settings) {
    var holidays =
        new BankHolidayRegister(
            BankHolidayTable.official(), new JollydayHolidayRules(), oneOffHolidays.oneOff());
    return new StatutoryClock(StatutoryDeadlinesDecision.rulesForEveryRegime(), holidays, settings);
  }
}
