package org.foiflow.batch;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.security.FoiGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * {@code --spring.profiles.active=demo}: a batch to five police forces, through the real form and
 * process, three of them answered with figures per year, so that the batch page has a table and
 * a chart to show. Filed once: a demo batch already there is left alone.
 */
@Component
@Profile("demo")
class DemoBatch {

  static final String SUBJECT = "Stop and search of children (demo batch)";
  static final String METRIC = "Stop and searches of children under 18";
  private static final String REQUESTER = "admin";
  private static final List<String> FORCES =
      List.of("Metropolitan Police Service", "West Midlands Police", "Greater Manchester Police", "Kent Police", "Police Scotland");
  /** Per force answered: searches in 2022 and in 2023. */
  private static final Map<String, int[]> ANSWERS =
      Map.of("Metropolitan Police Service", new int[] {21_345, 19_870},
          "West Midlands Police", new int[] {4_120, 4_655},
          "Kent Police", new int[] {1_502, 1_388});
  private static final Logger LOG = LoggerFactory.getLogger(DemoBatch.class);

  private final ProcessEngine engine;
  private final BatchBook book;
  private final Today today;

  DemoBatch(ProcessEngine engine, BatchBook book, Today today) {
    this.engine = engine;
    this.book = book;
    this.today = today;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void fileDemoBatch() {
    boolean filed = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessContract.BATCH_PROCESS)
        .variableValueEquals(RequestVariables.SUBJECT.name(), SUBJECT)
        .count() > 0;
    if (filed) {
      return;
    }
    ProcessInstance batch;
    // Filed as a requester would, through the form's checks; the jobs and answers need no login.
    engine.getIdentityService().setAuthentication(REQUESTER, List.of(FoiGroups.REQUESTERS));
    try {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery()
          .processDefinitionKey(ProcessContract.BATCH_PROCESS).latestVersion().singleResult().getId();
      batch = engine.getFormService().submitStartForm(definition, Map.of(
          RequestVariables.AUTHORITY_NAMES.name(), String.join("\n", FORCES),
          RequestVariables.SUBJECT.name(), SUBJECT,
          RequestVariables.REQUEST_TEXT.name(), "How many stop and searches of children under 18 did your officers carry out in 2022 and in 2023?",
          // The forces' FOI addresses are not all known (see the directory): the requester sends the letters.
          RequestVariables.SEND_BY.name(), BatchFormRules.SEND_BY_ELSEWHERE,
          RequestVariables.REQUESTER_NAME.name(), "Demo Requester",
          RequestVariables.REQUESTER_EMAIL.name(), "demo-requester@foiflow.example"));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    startMembers(batch);
    answer(batch);
    LOG.info("Demo profile: filed the batch {} to {} police forces", batch.getBusinessKey(), FORCES.size());
  }

  /** Runs the chunk jobs now (the job executor may be off, or slower than a demo wants). */
  private void startMembers(ProcessInstance batch) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (book.members(batch.getBusinessKey()).stream().anyMatch(m -> m.processInstanceId() == null)
        && System.nanoTime() < deadline) {
      for (Job job : engine.getManagementService().createJobQuery().processInstanceId(batch.getId()).executable().list()) {
        try {
          engine.getManagementService().executeJob(job.getId());
        } catch (RuntimeException takenByTheJobExecutor) {
          // The job executor ran it meanwhile; the loop looks again.
        }
      }
    }
  }

  private void answer(ProcessInstance batch) {
    LocalDate answered = today.date();
    for (BatchBook.Member member : book.members(batch.getBusinessKey())) {
      int[] years = ANSWERS.get(member.authorityName());
      if (years == null || member.processInstanceId() == null) {
        continue;
      }
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(member.processInstanceId()).singleResult();
      String figures = "[{\"metric\": \"" + METRIC + "\", \"value\": " + (years[0] + years[1]) + ", \"unit\": \"searches\","
          + " \"periodFrom\": \"2022-01-01\", \"periodTo\": \"2023-12-31\", \"sourceDocument\": \"Response letter\", \"sourcePage\": \"1\","
          + " \"breakdown\": [{\"label\": \"2022\", \"value\": " + years[0] + "}, {\"label\": \"2023\", \"value\": " + years[1] + "}]}]";
      engine.getFormService().submitTaskForm(task.getId(), Map.of(
          RequestVariables.RESPONSE.name(), "IN_FULL",
          RequestVariables.RESPONSE_DATE.name(), answered.toString(),
          org.foiflow.figures.FigureRules.FIELD, SpinValues.jsonValue(figures).create()));
    }
  }
}
