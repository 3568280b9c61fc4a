package org.foiflow.database;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Releases the jobs that a node's previous run had locked when it died, so that the node runs
 * them at once instead of after the lock expires (35 minutes, application.yaml).
 *
 * <p>One UPDATE on Camunda's job table: Camunda has no public API that unlocks jobs, and its
 * internal UnlockJobCmd takes one job id, which only this table could give. The revision goes up
 * as with any change Camunda makes to a job, so that a node that read the row before holds a stale
 * copy and loses the race for it. JobLocksTest fails if Camunda changes the table or its columns.
 */
@Component
public class JobLocks {

  static final String RELEASE =
      "UPDATE ACT_RU_JOB SET LOCK_OWNER_ = NULL, LOCK_EXP_TIME_ = NULL, REV_ = REV_ + 1 WHERE LOCK_OWNER_ = ?";

  private final JdbcTemplate jdbc;

  JobLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** How many jobs were released. */
  public int releaseHeldBy(String lockOwner) {
    return jdbc.update(RELEASE, lockOwner);
  }
}
