package org.foiflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The job executor's query for due jobs, the Tasklist's due-date filters and authorization checks
 * by user can use an index (H2 and, in the pgtest run, PostgreSQL).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EngineIndexesTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine processEngine;
  @Autowired EngineIndexes indexes;

  @Test
  void jobsAlwaysHaveADueDateAndTheDueDateIsIndexed() throws SQLException {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(indexedColumns("ACT_RU_JOB")).contains("FOIFLOW_IDX_JOB_DUEDATE:DUEDATE_");
  }

  @Test
  void taskDueDatesAreIndexed() throws SQLException {
    assertThat(indexedColumns("ACT_RU_TASK")).contains("FOIFLOW_IDX_TASK_DUEDATE:DUE_DATE_");
  }

  @Test
  void authorizationsAreIndexedByUser() throws SQLException {
    assertThat(indexedColumns("ACT_RU_AUTHORIZATION")).contains("FOIFLOW_IDX_AUTH_USER_ID:USER_ID_");
  }

  @Test
  void aSecondStartFindsTheIndexThere() throws SQLException {
    indexes.createIfMissing();
    assertThat(indexedColumns("ACT_RU_JOB")).containsOnlyOnce("FOIFLOW_IDX_JOB_DUEDATE:DUEDATE_");
    assertThat(indexedColumns("ACT_RU_TASK")).containsOnlyOnce("FOIFLOW_IDX_TASK_DUEDATE:DUE_DATE_");
    assertThat(indexedColumns("ACT_RU_AUTHORIZATION")).containsOnlyOnce("FOIFLOW_IDX_AUTH_USER_ID:USER_ID_");
  }

  private List<String> indexedColumns(String table) throws SQLException {
    List<String> indexed = new ArrayList<>();
    try (var connection = dataSource.getConnection()) {
      var metaData = connection.getMetaData();
      // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
      String name = metaData.storesLowerCaseIdentifiers() ? table.toLowerCase() : table;
      try (var rows = metaData.getIndexInfo(null, null, name, false, false)) {
        while (rows.next()) {
          if (rows.getString("INDEX_NAME") != null) {
            indexed.add((rows.getString("INDEX_NAME") + ":" + rows.getString("COLUMN_NAME")).toUpperCase());
          }
        }
      }
    }
    return indexed;
  }
}
