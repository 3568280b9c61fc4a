package org.foiflow.holiday;

import java.sql.Date;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.foiflow.deadline.BankHolidayTable.ListedHoliday;
import org.foiflow.deadline.BankHolidayTable;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 8: fills the holiday table (V7) from the shipped official list,
 * holidays/uk-bank-holidays.csv, so the CSV stays the one place the official dates are written.
 * Spring Boot hands Flyway every JavaMigration bean.
 */
@Component
class HolidaySeed implements JavaMigration {

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("8");
  }

  @Override
  public String getDescription() {
    return "seed holidays from the official list";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws Exception {
    try (PreparedStatement insert =
        context.getConnection()
            .prepareStatement("INSERT INTO holiday (holiday_date, division, name, official) VALUES (?, ?, ?, TRUE)")) {
      for (ListedHoliday holiday : BankHolidayTable.officialHolidays()) {
        insert.setDate(1, Date.valueOf(holiday.date()));
        insert.setString(2, holiday.division().code());
        insert.setString(3, holiday.name());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
