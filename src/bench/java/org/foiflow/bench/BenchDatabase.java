package org.foiflow.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/** A database for one benchmark run: an H2 file under target/, or a PostgreSQL database. */
record BenchDatabase(String kind, String url, String username, String profile) {

  static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

  /** A fresh, empty database. Never foiflow_test: the test suite drops and recreates that one. */
  static BenchDatabase fresh(String kind, String name, Path outDir) throws Exception {
    return open(kind, name, outDir, false);
  }

  /**
   * A database kept between runs (-Dbench.keepScaleDb=true), created only when missing, so that
   * the open requests seeded by one run serve the next: seeding 100,000 takes 20 to 40 minutes.
   */
  static BenchDatabase kept(String kind, String name, Path outDir) throws Exception {
    return open(kind, name, outDir, true);
  }

  private static BenchDatabase open(String kind, String name, Path outDir, boolean keep) throws Exception {
    if (kind.equals("h2")) {
      String fileName = name + (keep ? "-kept" : "-" + System.currentTimeMillis());
      Path file = outDir.resolve("db").resolve(fileName).toAbsolutePath();
      // The shipped settings (application.yaml): WRITE_DELAY=0 writes every commit before it returns.
      return new BenchDatabase(kind, "jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0", "sa", "");
    }
    if (kind.equals("postgres")) {
      String db = "foiflow_bench_" + name + (keep ? "_kept" : "") + System.getProperty("bench.dbSuffix", "");
      try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
          Statement s = c.createStatement()) {
        if (!keep) {
          s.execute("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
        boolean present;
        try (var rows = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + db + "'")) {
          present = rows.next();
        }
        if (!present) {
          s.execute("CREATE DATABASE " + db);
        }
      }
      return new BenchDatabase(kind, PG_SERVER + db, "postgres", "postgres");
    }
    throw new IllegalArgumentException("bench.db: h2 or postgres, not " + kind);
  }

  /** A connection of the benchmark's own, outside the application's pool. */
  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, username, "");
  }

  Map<String, Object> springProperties() {
    return Map.of("spring.datasource.url", url, "spring.datasource.username", username, "spring.datasource.password", "");
  }
}
