package org.foiflow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for autovacuum's ANALYZE on a PostgreSQL server that has autovacuum off (the
 * benchmark machine's has: {@code SHOW autovacuum} answers off). Without it the planner goes on
 * planning for the empty tables a run starts with, and keeps those plans for the prepared
 * statements: seeding slowed from about 300 to 33 requests/s by 30,000 requests, and went back to
 * 285/s after one ANALYZE. A production server runs autovacuum (PostgreSQL's default), so the
 * benchmark does what autovacuum would with its defaults: every minute, ANALYZE each table
 * changed by more than 50 rows plus 10 % of the table.
 */
final class AutoAnalyze implements AutoCloseable {

  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "bench-auto-analyze");
        t.setDaemon(true);
        return t;
      });
  private final BenchDatabase database;

  private AutoAnalyze(BenchDatabase database) {
    this.database = database;
    timer.scheduleWithFixedDelay(this::analyzeChangedTables, 60, 60, TimeUnit.SECONDS);
  }

  /** Running only for PostgreSQL with autovacuum off; H2 keeps no such statistics. */
  static Optional<AutoAnalyze> whereAutovacuumIsOff(BenchDatabase database) throws SQLException {
    if (!database.kind().equals("postgres")) {
      return Optional.empty();
    }
    try (Connection c = database.connect();
        Statement s = c.createStatement();
        var autovacuum = s.executeQuery("SHOW autovacuum")) {
      autovacuum.next();
      if (autovacuum.getString(1).equals("on")) {
        return Optional.empty();
      }
    }
    System.out.println("[bench] autovacuum is off on this PostgreSQL server: the benchmark ANALYZEs changed tables as it would");
    return Optional.of(new AutoAnalyze(database));
  }

  private void analyzeChangedTables() {
    try (Connection c = database.connect(); Statement s = c.createStatement()) {
      List<String> changed = new ArrayList<>();
      try (var rows =
          s.executeQuery("SELECT quote_ident(relname) FROM pg_stat_user_tables WHERE n_mod_since_analyze > 50 + 0.1 * n_live_tup")) {
        while (rows.next()) {
          changed.add(rows.getString(1));
        }
      }
      for (String table : changed) {
        s.execute("ANALYZE " + table);
      }
    } catch (SQLException e) {
      System.out.println("[bench] ANALYZE failed, tried again in a minute: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
