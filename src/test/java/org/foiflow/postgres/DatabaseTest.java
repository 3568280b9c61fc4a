package org.foiflow.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proves which database a run really used: H2 in the plain run, PostgreSQL in the `pgtest` run
 * (a wrong profile setup would otherwise pass quietly on H2).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DatabaseTest {

  @Autowired Environment environment;
  @Autowired DataSource dataSource;
  @Autowired ProcessEngine processEngine;
  @Autowired JdbcTemplate jdbc;
  @Autowired Flyway flyway;

  boolean postgresRun() {
    return environment.matchesProfiles("pgtest");
  }

  @Test
  void theDataSourceIsTheDatabaseOfThisRun() throws SQLException {
    try (var connection = dataSource.getConnection()) {
      var metaData = connection.getMetaData();
      if (postgresRun()) {
        assertThat(metaData.getDatabaseProductName()).isEqualTo("PostgreSQL");
        assertThat(metaData.getURL()).endsWith("/" + PostgresTestDatabase.DATABASE);
      } else {
        assertThat(metaData.getDatabaseProductName()).isEqualTo("H2");
      }
    }
  }

  @Test
  void camundaUsesTheSameDatabaseType() {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.getDatabaseType()).isEqualTo(postgresRun() ? "postgres" : "h2");
  }

  @Test
  void ourFlywayMigrationsRanNextToCamundasTables() {
    assertThat(flyway.info().pending()).isEmpty();
    assertThat(flyway.info().current().getVersion().getVersion()).isNotEqualTo("0");
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM authority", Integer.class)).isPositive();
    assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().count()).isPositive();
  }
}
