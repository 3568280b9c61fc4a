package org.foiflow.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Guards the PostgreSQL run of the tests (failsafe execution `postgres` in pom.xml, the only
 * place that enables JUnit's extension autodetection, which finds this class through
 * META-INF/services). Before the first test of the JVM, so before the shared Spring context
 * starts, it connects to the server: if that fails, every test is disabled with a reason and
 * the build stays green (a developer machine may have no PostgreSQL); if it works, it drops
 * and recreates the database foiflow_test, so every run starts from an empty schema whatever a
 * previous, perhaps killed, run left behind. With FOIFLOW_REQUIRE_POSTGRES=true (CI) an
 * unreachable server fails the run instead.
 *
 * <p>Host, port, database and user are those of src/test/resources/config/application-pgtest.yaml.
 */
public class PostgresTestDatabase implements ExecutionCondition {

  static final String SERVER = "127.0.0.1:5432";
  /** pom.xml passes -Dfoiflow.test.database (default foiflow_test) to the PostgreSQL run. */
  static final String DATABASE = System.getProperty("foiflow.test.database", "foiflow_test");
  static final String SKIPPED =
      "PostgreSQL not reachable at " + SERVER + ": PostgreSQL integration tests skipped";

  /** Decided once per JVM: all test classes share one Spring context and one database. */
  private static ConditionEvaluationResult result;

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!System.getProperty("spring.profiles.active", "").contains("pgtest")) {
      return ConditionEvaluationResult.enabled("not the PostgreSQL run");
    }
    return prepareOnce();
  }

  private static synchronized ConditionEvaluationResult prepareOnce() {
    if (result == null) {
      result = prepare();
      // Printed once, so the build log says which way the run went, not only the XML reports.
      System.out.println("[PostgreSQL tests] " + result.getReason().orElse(""));
    }
    return result;
  }

  private static ConditionEvaluationResult prepare() {
    Properties login = new Properties();
    login.setProperty("user", "postgres");
    // Fail fast when nothing listens, rather than hang the build.
    login.setProperty("connectTimeout", "3");
    login.setProperty("loginTimeout", "5");
    Connection server;
    try {
      server = DriverManager.getConnection("jdbc:postgresql://" + SERVER + "/postgres", login);
    } catch (SQLException unreachable) {
      // CI (.ci/run) installs PostgreSQL and must not pass by skipping: it sets this variable.
      if ("true".equals(System.getenv("FOIFLOW_REQUIRE_POSTGRES"))) {
        throw new IllegalStateException(
            "PostgreSQL not reachable at " + SERVER + " and FOIFLOW_REQUIRE_POSTGRES=true", unreachable);
      }
      System.out.println("[PostgreSQL tests] " + unreachable.getMessage());
      return ConditionEvaluationResult.disabled(SKIPPED);
    }
    // Reachable: from here on a problem is a real failure, not a reason to skip.
    try (server;
        Statement sql = server.createStatement()) {
      // FORCE ends sessions a killed earlier run may have left open (PostgreSQL 13+).
      sql.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not recreate the test database " + DATABASE, e);
    }
    return ConditionEvaluationResult.enabled(
        "running against PostgreSQL at " + SERVER + ", fresh database " + DATABASE);
  }
}
