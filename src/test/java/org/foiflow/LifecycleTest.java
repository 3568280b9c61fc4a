package org.foiflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the lifecycle tests: the whole application with its real delegates and clock, the job
 * executor off (test configuration) so that the test decides when timers fire, and the engine
 * clock set by the test. Process test coverage is recorded for every test
 * (target/process-test-coverage).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class LifecycleTest {

  protected static final ZoneId LONDON = ZoneId.of("Europe/London");
  protected static final String REQUESTER = "alice";

  @Autowired protected ProcessEngine processEngine;
  @Autowired protected RuntimeService runtimeService;
  @Autowired protected TaskService taskService;
  @Autowired protected FormService formService;
  @Autowired protected ManagementService managementService;
  @Autowired protected HistoryService historyService;
  @Autowired protected RepositoryService repositoryService;
  @Autowired protected IdentityService identityService;
  @Autowired protected StatutoryClock clock;
  @LocalServerPort private int port;

  /** The address this test's server answers at, which links in emails and feeds must name. */
  protected String servedAt() {
    return "http://127.0.0.1:" + port;
  }

  @BeforeEach
  void initAssertions() {
    AbstractAssertions.init(processEngine);
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
  }

  /** Sets the engine's clock to {@code time} on {@code date}, London time. */
  protected void today(LocalDate date, LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(date.atTime(time).atZone(LONDON).toInstant()));
  }

  protected void today(LocalDate date) {
    today(date, LocalTime.of(10, 0));
  }

  /** A valid start form; {@code changes} override or (with null) remove fields. */
  protected Map<String, Object> requestForm(Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>();
    form.put("authorityName", "Home Office");
    form.put("authorityEmail", "foirequests@homeoffice.gov.uk");
    form.put("regime", "UK_FOIA");
    form.put("subject", "Tip-offs from MPs");
    form.put("requestText", "How many tip-offs did MPs pass to immigration enforcement, 2014-2016?");
    form.put("sendBy", "ELSEWHERE");
    form.put("requesterName", "Alice Reporter");
    form.put("requesterEmail", "alice@example.org");
    form.putAll(changes);
    form.values().removeIf(v -> v == null);
    return form;
  }

  /** Files a request as a Tasklist user would: the start form, submitted by {@link #REQUESTER}. */
  protected ProcessInstance fileRequest(Map<String, Object> changes) {
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(REQUESTER, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(changes));
    } finally {
      identityService.clearAuthentication();
    }
  }

  protected Task openTask(ProcessInstance instance) {
    List<Task> tasks =
        taskService.createTaskQuery().processInstanceBusinessKey(instance.getBusinessKey()).list();
    assertThat(tasks).hasSize(1);
    return tasks.get(0);
  }

  /** Submits the open task's form as its assignee would. */
  protected void submitTask(ProcessInstance instance, String taskKey, Map<String, Object> form) {
    Task task = openTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
    formService.submitTaskForm(task.getId(), new HashMap<>(form));
  }

  /**
   * Runs every job of this request (and its called sub-processes) that is due by the engine
   * clock, as the job executor would, until none is. Other tests' requests stay untouched.
   */
  protected int runDueJobs(ProcessInstance request) {
    int ran = 0;
    for (int round = 0; round < 20; round++) {
      List<Job> due =
          runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(request.getBusinessKey()).list().stream()
              .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
              .toList();
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
        ran++;
      }
    }
    throw new AssertionError("jobs keep becoming due: a timer loop?");
  }

  /** The running sub-process (internal review, regulator complaint) called by {@code request}. */
  protected ProcessInstance calledProcessInstance(ProcessInstance request) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(request.getId()).singleResult();
  }

  protected Object variable(ProcessInstance instance, String name) {
    var historic =
        historyService.createHistoricVariableInstanceQuery()
            .processInstanceId(instance.getId()).variableName(name).singleResult();
    return historic == null ? null : historic.getValue();
  }

  protected LocalDate dueDate(Regime regime, LocalDate received) {
    return clock.responseDue(regime, received).due();
  }
}
