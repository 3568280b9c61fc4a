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

/** The job executor's query for due jobs can use an index (H2 and, in the pgtest run, PostgreSQL). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobDueDateIndexTest {

  @Autowired DataSource dataSource;
  @Autowired ProcessEngine processEngine;
  @Autowired JobDueDateIndex index;

  @Test
  void jobsAlwaysHaveADueDateAndTheDueDateIsIndexed() throws SQLException {
    var configuration = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    assertThat(configuration.isEnsureJobDueDateNotNull()).isTrue();
    assertThat(indexedColumnsOfJobTable()).contains("FOIFLOW_IDX_JOB_DUEDATE:DUEDATE_");
  }

  @Test
  void aSecondStartFindsTheIndexThere() throws SQLException {
    index.createIfMissing();
    assertThat(indexedColumnsOfJobTable()).containsOnlyOnce("FOIFLOW_IDX_JOB_DUEDATE:DUEDATE_");
  }

  private List<String> indexedColumnsOfJobTable() throws SQLException {
    List<String> indexed = new ArrayList<>();
    try (var connection = dataSource.getConnection()) {
      var metaData = connection.getMetaData();
      // PostgreSQL keeps unquoted names in lower case, H2 in upper case.
      String table = metaData.storesLowerCaseIdentifiers() ? "act_ru_job" : "ACT_RU_JOB";
      try (var rows = metaData.getIndexInfo(null, null, table, false, false)) {
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
