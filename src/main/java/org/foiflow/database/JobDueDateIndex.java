package org.foiflow.database;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * An index on the due date of Camunda's jobs, which Camunda does not ship. Every open request
 * keeps four reminder timers in ACT_RU_JOB, and the job executor looks for due jobs after every
 * filing (each one starts an email job): without the index each look read every timer, so a
 * filing cost more the more requests were open (benchmarks). With
 * {@code ensure-job-due-date-not-null} (application.yaml) that query is a range on this index.
 *
 * <p>Created here, not by Flyway: Camunda creates its tables, sometimes after Flyway has run.
 */
@Component
class JobDueDateIndex {

  static final String CREATE = "CREATE INDEX IF NOT EXISTS FOIFLOW_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_)";

  private final JdbcTemplate jdbc;

  JobDueDateIndex(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener(PostDeployEvent.class)
  void createIfMissing() {
    try {
      jdbc.execute(CREATE);
    } catch (DataAccessException raced) {
      // PostgreSQL: another node starting at the same time created it first; now it exists.
      jdbc.execute(CREATE);
    }
  }
}
