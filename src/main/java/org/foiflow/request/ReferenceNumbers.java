package org.foiflow.request;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out request references FOI-YYYY-NNNN, numbered per year. The counter row is updated in
 * the transaction that registers the request, so a rolled-back filing does not use a number and
 * two nodes sharing the database never hand out the same one (the row lock serialises them).
 */
@Component
public class ReferenceNumbers {

  private final JdbcTemplate jdbc;
  /**
   * The year's first INSERT runs under a savepoint: on PostgreSQL a failed statement aborts the
   * whole transaction (SQL state 25P02), so without it the loser of a race between two first
   * filings of a year got HTTP 500 instead of the next number (found by the filing benchmark).
   */
  private final TransactionTemplate savepoint;

  public ReferenceNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  public String next(int year) {
    if (jdbc.update("UPDATE request_reference SET last_number = last_number + 1 WHERE reference_year = ?", year) == 0) {
      try {
        savepoint.executeWithoutResult(
            status -> jdbc.update("INSERT INTO request_reference (reference_year, last_number) VALUES (?, 1)", year));
      } catch (org.springframework.dao.DuplicateKeyException raced) {
        // Another node created this year's row first: take the next number from it.
        jdbc.update("UPDATE request_reference SET last_number = last_number + 1 WHERE reference_year = ?", year);
      }
    }
    Integer number =
        jdbc.queryForObject("SELECT last_number FROM request_reference WHERE reference_year = ?", Integer.class, year);
    return String.format("FOI-%d-%04d", year, number);
  }
}
