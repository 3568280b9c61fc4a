package org.foiflow.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * History rows get no removal time when a process ends (application.yaml: Camunda's stamping cost
 * an UPDATE per history table at every end), and history cleanup, run by an administrator, still
 * removes a process's history once its time to live has passed since it ended.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HistoryCleanupTest {

  private static final String PROBE = "history-cleanup-probe";

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;

  @AfterEach
  void removeCleanupJobsAndResetClock() {
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.deleteJob(job.getId()));
    ClockUtil.reset();
  }

  /** As an administrator's "clean up now" does; the tests run jobs themselves. */
  private void runHistoryCleanup() {
    historyService.cleanUpHistoryAsync(true);
    historyService.findHistoryCleanupJobs().forEach(job -> managementService.executeJob(job.getId()));
  }

  @Test
  void anEndedProcessHasNoRemovalTimeAndCleanupRemovesItOnceItsTimeToLiveHasPassed() {
    repositoryService.createDeployment().name(PROBE)
        .addModelInstance(PROBE + ".bpmn",
            Bpmn.createExecutableProcess(PROBE).camundaHistoryTimeToLive(1).startEvent().endEvent().done())
        .deploy();
    String id = runtimeService.startProcessInstanceByKey(PROBE).getId();

    var ended = historyService.createHistoricProcessInstanceQuery().processInstanceId(id).singleResult();
    assertThat(ended.getEndTime()).isNotNull();
    assertThat(ended.getRemovalTime()).isNull();

    runHistoryCleanup();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count())
        .as("within its day to live").isOne();

    ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(2))));
    runHistoryCleanup();
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(id).count())
        .as("a day after its day to live").isZero();
  }
}
