package org.foiflow.batch;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out batch references BATCH-YYYY-NNNN, numbered per year, in the registering step's
 * transaction: batches are few, so holding the year's row for one form's answer costs nothing,
 * and a batch that fails leaves no gap.
 */
@Component
class BatchNumbers {

  private final JdbcTemplate jdbc;

  BatchNumbers(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  String next(int year) {
    if (jdbc.update("UPDATE batch_reference SET last_number = last_number + 1 WHERE reference_year = ?", year) == 0) {
      // The year's first batch; two at that very moment: one fails on the key, and its form is refused.
      jdbc.update("INSERT INTO batch_reference (reference_year, last_number) VALUES (?, 1)", year);
    }
    int number = jdbc.queryForObject("SELECT last_number FROM batch_reference WHERE reference_year = ?", Integer.class, year);
    return String.format("BATCH-%d-%04d", year, number);
  }
}
