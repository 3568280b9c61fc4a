package org.foiflow.database;

import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes that Camunda does not ship and FOI Flow's queries need once many requests are open.
 * <ul>
 *   <li>Jobs: every open request keeps four reminder timers in ACT_RU_JOB, and the job executor
 *       looks for due jobs after every filing (each one starts an email job): without the index
 *       each look read every timer, so a filing cost more the more requests were open
 *       (benchmarks). With {@code ensure-job-due-date-not-null} (application.yaml) that query is a
 *       range on this index.
 *   <li>Tasks: the Tasklist filters "Overdue" and "Due in the next 5 working days" select and sort
 *       FOI tasks by due date; without it each call read every open task.
 *   <li>Authorizations by user: every authorized query joins the grants of the caller, "user X or
 *       one of their groups". Camunda indexes the group, and the user only behind the grant type,
 *       so PostgreSQL read all grants (four per request) for each query: 200 ms at 100,000
 *       requests.
 * </ul>
 *
 * <p>Created here, not by Flyway: Camunda creates its tables, sometimes after Flyway has run.
 */
@Component
public class EngineIndexes {

  static final List<String> CREATE =
      List.of(
          "CREATE INDEX IF NOT EXISTS FOIFLOW_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)",
          "CREATE INDEX IF NOT EXISTS FOIFLOW_IDX_TASK_DUEDATE ON ACT_RU_TASK (DUE_DATE_)",
          "CREATE INDEX IF NOT EXISTS FOIFLOW_IDX_AUTH_USER_ID ON ACT_RU_AUTHORIZATION (USER_ID_)");

  private final JdbcTemplate jdbc;

  EngineIndexes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public void createIfMissing() {
    for (String index : CREATE) {
      try {
        jdbc.execute(index);
      } catch (DataAccessException raced) {
        // PostgreSQL: another node starting at the same time created it first; now it exists.
        jdbc.execute(index);
      }
    }
  }
}
