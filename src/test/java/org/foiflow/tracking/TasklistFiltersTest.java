package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * Runs the stored filters the way Tasklist does, extended by a further query: here one that
 * swaps the FOI process keys for a fixture process, so the test owns every task it sees while
 * the filters' own expressions do the work. The fixture's task takes its assignee, due and
 * follow-up dates from variables, as the real tasks take them from the statutory clock.
 *
 * <p>Uses the application's shared test context: a second context would start a second engine
 * named "default", which Camunda's runtime container refuses.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TasklistFiltersTest {

  static final String FIXTURE_KEY = "foi-filter-fixture";
  static final String OTHER_KEY = "not-an-foi-process";

  @Autowired TasklistFilters tasklistFilters;
  @Autowired FilterService filterService;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;

  String dueSoonForAlice;
  String onTimeForBob;
  String overdueForAlice;
  String overdueElsewhere;

  @BeforeAll
  void deployFixtures() {
    repositoryService
        .createDeployment()
        .addModelInstance("foi-filter-fixture.bpmn", fixture(FIXTURE_KEY))
        .addModelInstance("not-an-foi-process.bpmn", fixture(OTHER_KEY))
        .deploy();
  }

  /** Per test, not per class: process test coverage only records inside a test method. */
  @BeforeEach
  void startFixtureTasks() {
    dueSoonForAlice = start(FIXTURE_KEY, "alice", 2, -3);
    onTimeForBob = start(FIXTURE_KEY, "bob", 20, 13);
    overdueForAlice = start(FIXTURE_KEY, "alice", -2, -9);
    overdueElsewhere = start(OTHER_KEY, "alice", -2, -9);
  }

  @AfterEach
  void removeFixtureTasks() {
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKeyIn(FIXTURE_KEY, OTHER_KEY)
        .list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test fixture"));
  }

  @Test
  void theThreeFiltersExistInTasklistOrder() {
    List<String> byPriority =
        List.of(TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE).stream()
            .map(this::filter)
            .sorted(Comparator.comparingInt(f -> ((Number) f.getProperties().get("priority")).intValue()))
            .map(Filter::getName)
            .toList();
    assertThat(byPriority)
        .containsExactly(TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
  }

  @Test
  void filtersCoverTheThreeFoiProcessesEarliestDeadlineFirst() {
    for (String name :
        List.of(TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE)) {
      TaskQueryImpl query = filter(name).getQuery();
      // The test configuration appends OpenRequestDeadlinesTest's fixture processes.
      assertThat(query.getProcessDefinitionKeys())
          .as(name)
          .startsWith("foi-request", "internal-review", "regulator-complaint");
      assertThat(query.getOrderingProperties())
          .as(name)
          .singleElement()
          .satisfies(o -> assertThat(o.getQueryProperty()).isEqualTo(TaskQueryProperty.DUE_DATE))
          .satisfies(o -> assertThat(o.getDirection()).isEqualTo(Direction.ASCENDING));
    }
  }

  @Test
  void filtersShowTheRequestVariablesAndADescription() {
    Filter overdue = filter(TasklistFilters.OVERDUE);
    assertThat(overdue.getProperties()).containsKey("description");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> variables = (List<Map<String, Object>>) overdue.getProperties().get("variables");
    assertThat(variables)
        .extracting(v -> v.get("name"))
        .containsExactly("authorityName"); // no code (UK_FOIA) or ISO date on a card a person reads
    assertThat(variables).allSatisfy(v -> assertThat(v.get("label")).isNotNull());
  }

  @Test
  void runningTheCreatorAgainDoesNotDuplicate() {
    tasklistFilters.createMissingFilters();
    tasklistFilters.createMissingFilters();
    for (String name :
        List.of(TasklistFilters.MY_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE)) {
      assertThat(filterService.createTaskFilterQuery().filterName(name).count()).as(name).isEqualTo(1);
    }
  }

  @Test
  void myTasksAreTheCurrentUsersFoiTasksEarliestDeadlineFirst() {
    assertThat(taskIdsAs("alice", TasklistFilters.MY_TASKS))
        .containsExactly(overdueForAlice, dueSoonForAlice);
    assertThat(taskIdsAs("bob", TasklistFilters.MY_TASKS)).containsExactly(onTimeForBob);
  }

  @Test
  void dueSoonIsPastTheFollowUpDateButNotYetDue() {
    assertThat(taskIdsAs("bob", TasklistFilters.DUE_SOON)).containsExactly(dueSoonForAlice);
  }

  @Test
  void overdueIsPastTheDueDate() {
    assertThat(taskIdsAs("bob", TasklistFilters.OVERDUE)).containsExactly(overdueForAlice);
  }

  @Test
  void tasksOfOtherProcessesStayOut() {
    identityService.setAuthentication("alice", List.of(FoiGroups.EDITORS));
    try {
      List<Task> overdue = filterService.list(filter(TasklistFilters.OVERDUE).getId());
      assertThat(overdue).extracting(Task::getId).doesNotContain(overdueElsewhere);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** As an editor, who may read every task: this is about the filters' criteria, not access. */
  private List<String> taskIdsAs(String userId, String filterName) {
    identityService.setAuthentication(userId, List.of(FoiGroups.EDITORS));
    try {
      TaskQuery onlyTheFixture = taskService.createTaskQuery().processDefinitionKeyIn(FIXTURE_KEY);
      List<Task> tasks = filterService.list(filter(filterName).getId(), onlyTheFixture);
      return tasks.stream().map(Task::getId).toList();
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Filter filter(String name) {
    return filterService.createTaskFilterQuery().filterName(name).singleResult();
  }

  private String start(String processKey, String assignee, int dueInDays, int followUpInDays) {
    Instant now = Instant.now();
    String instanceId =
        runtimeService
            .startProcessInstanceByKey(
                processKey,
                Map.of(
                    "assignee", assignee,
                    "due", Date.from(now.plus(Duration.ofDays(dueInDays))),
                    "followUp", Date.from(now.plus(Duration.ofDays(followUpInDays)))))
            .getId();
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private static BpmnModelInstance fixture(String key) {
    return Bpmn.createExecutableProcess(key)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("respond")
        .name("Respond")
        .camundaAssignee("${assignee}")
        .camundaDueDate("${due}")
        .camundaFollowUpDate("${followUp}")
        .endEvent()
        .done();
  }
}
