package org.foiflow.request;

import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out request references FOI-YYYY-NNNN, numbered per year.
 *
 * <p>Each number is taken in a short transaction of its own, committed before the filing goes
 * on: the counter row's lock is held for one UPDATE, not for the whole filing (which held it
 * through DMN, emails, timers and history and so let only one filing run at a time). Two nodes
 * sharing the database still never hand out the same number (the row lock orders them). The
 * price: a filing that fails after registering leaves a gap in the year's numbering.
 *
 * <p>The short transactions run on a pool of their own ({@link ReferenceNumbersPool}). On the application's pool, a filing
 * holding its connection while waiting for a second one could, with as many concurrent filings
 * as connections, leave every connection waiting (web requests are not bounded like job threads).
 */
@Component
public class ReferenceNumbers {

  private static final String INCREMENT = "UPDATE request_reference SET last_number = last_number + 1 WHERE reference_year = ?";

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;

  public ReferenceNumbers(@Qualifier(ReferenceNumbersPool.NAME) DataSource pool) {
    jdbc = new JdbcTemplate(pool);
    ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
  }

  public String next(int year) {
    int number;
    try {
      number = ownTransaction.execute(status -> take(year));
    } catch (DuplicateKeyException raced) {
      // Another node created this year's row first; that transaction is over, the row is there.
      number = ownTransaction.execute(status -> take(year));
    }
    return String.format("FOI-%d-%04d", year, number);
  }

  private int take(int year) {
    if (jdbc.update(INCREMENT, year) == 0) {
      jdbc.update("INSERT INTO request_reference (reference_year, last_number) VALUES (?, 1)", year);
      return 1;
    }
    return jdbc.queryForObject("SELECT last_number FROM request_reference WHERE reference_year = ?", Integer.class, year);
  }
}
