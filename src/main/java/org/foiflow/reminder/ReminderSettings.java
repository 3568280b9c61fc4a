package org.foiflow.reminder;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When reminders go out.
 *
 * @param leadWorkingDays how many working days before a deadline the "due soon" reminder comes
 * @param longOverdueWorkingDays how many working days after the due date a reply is long overdue
 * @param timeOfDay the local time at which a reminder day's reminders fire
 */
@ConfigurationProperties(prefix = "foiflow.reminders")
public record ReminderSettings(
    @DefaultValue("5") int leadWorkingDays,
    @DefaultValue("20") int longOverdueWorkingDays,
    @DefaultValue("08:00") LocalTime timeOfDay) {

  public ReminderSettings {
    if (leadWorkingDays < 1 || longOverdueWorkingDays < 2) {
      throw new IllegalArgumentException(
          "foiflow.reminders: lead-working-days must be at least 1 and long-overdue-working-days at least 2");
    }
  }
}
