package org.foiflow.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.foiflow.deadline.Division;
import org.foiflow.deadline.StoredHolidays;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the holiday table. Each change commits on its own with a raised change version, then
 * this node reads the table again at once (the others within seconds, {@link StoredHolidays}).
 */
@Repository
class HolidayBook {

  private final JdbcClient jdbc;
  private final StoredHolidays stored;
  private final TransactionTemplate ownTransaction;

  HolidayBook(JdbcClient jdbc, StoredHolidays stored, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.stored = stored;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /** The name the table gives the date in the division, if it lists it. */
  Optional<String> nameOn(LocalDate date, Division division) {
    return jdbc.sql("SELECT name FROM holiday WHERE holiday_date = ? AND division = ?")
        .params(date, division.code())
        .query(String.class)
        .optional();
  }

  /** Adds the holiday where the date is not listed yet; returns the divisions it was added in. */
  List<Division> add(LocalDate date, String name, List<Division> divisions) {
    List<Division> added = new ArrayList<>();
    for (Division division : divisions) {
      try {
        ownTransaction.executeWithoutResult(
            status -> {
              if (nameOn(date, division).isEmpty()) {
                jdbc.sql("INSERT INTO holiday (holiday_date, division, name, official) VALUES (?, ?, ?, FALSE)")
                    .params(date, division.code(), name)
                    .update();
                raiseVersion();
                added.add(division);
              }
            });
      } catch (DuplicateKeyException anotherNodeWasFirst) {
        // The same holiday, added at the same moment elsewhere: nothing more to add.
      }
    }
    if (!added.isEmpty()) {
      stored.reload();
    }
    return added;
  }

  /** Removes the date from the division's list; false when it was not listed. */
  boolean remove(LocalDate date, Division division) {
    boolean removed =
        Boolean.TRUE.equals(
            ownTransaction.execute(
                status -> {
                  int rows =
                      jdbc.sql("DELETE FROM holiday WHERE holiday_date = ? AND division = ?")
                          .params(date, division.code())
                          .update();
                  if (rows > 0) {
                    raiseVersion();
                  }
                  return rows > 0;
                }));
    if (removed) {
      stored.reload();
    }
    return removed;
  }

  private void raiseVersion() {
    jdbc.sql("UPDATE holiday_change SET version = version + 1 WHERE id = 1").update();
  }
}
