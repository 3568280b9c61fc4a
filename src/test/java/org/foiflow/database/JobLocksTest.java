package org.foiflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.MessageEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The release of a node's own job locks works on Camunda's job table as Camunda writes it (H2 and,
 * in the pgtest run, PostgreSQL): the locks are set and read back through Camunda's own job
 * entities, so a renamed table or column fails here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class JobLocksTest {

  @Autowired ProcessEngine processEngine;
  @Autowired JobLocks jobLocks;

  @Test
  void releasesTheJobsLockedUnderTheGivenNameOnly() {
    String mine = lockedJob("node-a:8080");
    String theirs = lockedJob("node-b:8080");
    try {
      assertThat(jobLocks.releaseHeldBy("node-a:8080")).isEqualTo(1);

      JobEntity released = job(mine);
      assertThat(released.getLockOwner()).isNull();
      assertThat(released.getLockExpirationTime()).isNull();
      assertThat(released.getRevision()).as("revision, as Camunda counts changes").isEqualTo(3);
      JobEntity untouched = job(theirs);
      assertThat(untouched.getLockOwner()).isEqualTo("node-b:8080");
      assertThat(untouched.getLockExpirationTime()).isNotNull();
    } finally {
      // Through the entity: the management service refuses to delete a locked job.
      for (String id : new String[] {mine, theirs}) {
        commands().execute(context -> {
          context.getJobManager().findJobById(id).delete();
          return null;
        });
      }
    }
  }

  /** A job of no process, due in a year (no test runs it), locked as the job executor locks one. */
  private String lockedJob(String owner) {
    String id = commands().execute(context -> {
      MessageEntity job = new MessageEntity();
      job.setJobHandlerType("async-continuation");
      job.setDuedate(new Date(System.currentTimeMillis() + 365L * 24 * 3600 * 1000));
      context.getJobManager().insertJob(job);
      return job.getId();
    });
    // In a transaction of its own, as acquisition locks it: an UPDATE through Camunda's mapping.
    commands().execute(context -> {
      JobEntity job = context.getJobManager().findJobById(id);
      job.setLockOwner(owner);
      job.setLockExpirationTime(new Date(System.currentTimeMillis() + 300_000));
      return null;
    });
    return id;
  }

  private JobEntity job(String id) {
    return commands().execute(context -> context.getJobManager().findJobById(id));
  }

  private CommandExecutor commands() {
    return ((ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration()).getCommandExecutorTxRequired();
  }
}
