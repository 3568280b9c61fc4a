package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.foiflow.contract.Today;
import org.foiflow.contract.TrackingProperties;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.reminder.DeadlineMoments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The deadline list against fixture processes shaped like the real ones: a request process that
 * calls a review sub-process with the same business key. The service is built here with the
 * fixture keys, on the engine of the application's shared test context (a second Spring context
 * would start a second engine named "default", which Camunda's runtime container refuses).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenRequestDeadlinesTest {

  static final String REQUEST_KEY = "foi-request-fixture";
  static final String REVIEW_KEY = "internal-review-fixture";
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final LocalDate TODAY = LocalDate.of(2026, 4, 1); // the Wednesday before Easter

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired StatutoryClock clock;
  @Autowired Today today;
  @Autowired DeadlineMoments moments;
  @Autowired NamedParameterJdbcTemplate jdbc;
  @Autowired OpenRequestBackfill backfill;
  @Autowired ManagementService managementService;

  OpenRequestDeadlines openRequestDeadlines;

  @BeforeAll
  void deployFixtures() {
    TrackingProperties properties = new TrackingProperties(REQUEST_KEY, List.of(REQUEST_KEY, REVIEW_KEY));
    repositoryService
        .createDeployment()
        .addModelInstance("foi-request-fixture.bpmn", requestFixture())
        .addModelInstance("internal-review-fixture.bpmn", reviewFixture())
        .deploy();
    openRequestDeadlines =
        new OpenRequestDeadlines(runtimeService, clock, today, moments, new OpenRequestOrder(jdbc, properties));
  }

  @BeforeEach
  void freezeTheEngineClock() {
    ClockUtil.setCurrentTime(Date.from(TODAY.atTime(10, 0).atZone(LONDON).toInstant()));
  }

  @AfterEach
  void removeFixtureRequests() {
    ClockUtil.reset();
    runtimeService
        .createProcessInstanceQuery()
        .processDefinitionKey(REQUEST_KEY)
        .list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test reset"));
  }

  @Test
  void listsEachOpenRequestWithItsStatusEarliestDeadlineFirst() {
    String onTime = start("FOI-2026-0001", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 4, 30));
    String dueSoon = start("FOI-2026-0002", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 10));
    String overdue = start("FOI-2026-0003", "Felpersham Police", "SCOTLAND_FOISA", LocalDate.of(2026, 3, 31));
    String longOverdue = start("FOI-2026-0004", "Ministry of Silly Walks", "UK_EIR", LocalDate.of(2026, 2, 2));

    List<RequestDeadline> list = list();

    assertThat(list).extracting(RequestDeadline::processInstanceId).containsExactly(longOverdue, overdue, dueSoon, onTime);
    assertThat(list)
        .extracting(RequestDeadline::status)
        .containsExactly(
            DeadlineStatus.LONG_OVERDUE, DeadlineStatus.OVERDUE, DeadlineStatus.DUE_SOON, DeadlineStatus.ON_TIME);
    assertThat(list.get(3))
        .isEqualTo(
            new RequestDeadline(
                "FOI-2026-0001",
                onTime,
                "Borsetshire County Council",
                "UK_FOIA",
                // Tasklist's name for the task names the request (requestpage.TaskNames).
                "Record the authority's response: FOI-2026-0001 Borsetshire County Council",
                LocalDate.of(2026, 4, 30),
                DeadlineStatus.ON_TIME,
                false,
                null));
  }

  @Test
  void theStageIsTheEarliestOpenTaskIncludingCalledSubProcesses() {
    String id =
        start("FOI-2026-0010", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 5, 29),
            LocalDate.of(2026, 4, 8));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey("FOI-2026-0010").count()).isEqualTo(2);

    RequestDeadline deadline = only(list());
    assertThat(deadline.processInstanceId()).isEqualTo(id);
    assertThat(deadline.stage()).isEqualTo("Record the internal review outcome: FOI-2026-0010");
    assertThat(deadline.dueDate()).isEqualTo(LocalDate.of(2026, 4, 8));
    assertThat(deadline.status()).isEqualTo(DeadlineStatus.DUE_SOON);
  }

  @Test
  void completedTasksAndClosedRequestsDropOut() {
    String id = start("FOI-2026-0020", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 3, 20));
    assertThat(only(list()).status()).isEqualTo(DeadlineStatus.OVERDUE);

    taskService.complete(taskService.createTaskQuery().processInstanceId(id).singleResult().getId());

    assertThat(list()).isEmpty();
  }

  @Test
  void pagesInDeadlineOrderWithTheTotal() {
    String third = start("FOI-2026-0033", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 4, 30));
    String first = start("FOI-2026-0031", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 10));
    String second = start("FOI-2026-0032", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 10));
    String fourth = start("FOI-2026-0030", "Ministry of Silly Walks", "UK_EIR", LocalDate.of(2026, 5, 2));

    OpenRequestDeadlines.Page middle = openRequestDeadlines.page(new DeadlinePage(1, 2), Optional.empty());
    assertThat(middle.requests()).extracting(RequestDeadline::processInstanceId).containsExactly(second, third);
    assertThat(middle.total()).isEqualTo(4);
    assertThat(openRequestDeadlines.page(new DeadlinePage(3, 2), Optional.empty()).requests())
        .extracting(RequestDeadline::processInstanceId)
        .containsExactly(fourth);
    assertThat(openRequestDeadlines.page(new DeadlinePage(4, 2), Optional.empty()).requests()).isEmpty();

    OpenRequestDeadlines.Page readable = openRequestDeadlines.page(new DeadlinePage(0, 10), Optional.of(List.of(fourth, first)));
    assertThat(readable.requests()).extracting(RequestDeadline::processInstanceId).containsExactly(first, fourth);
    assertThat(readable.total()).isEqualTo(2);
    assertThat(openRequestDeadlines.page(new DeadlinePage(0, 10), Optional.of(List.of())).total()).isZero();
  }

  @Test
  void aRequestWhoseTaskHasNoDueDateSortsByItsStatutoryDueDate() {
    String waiting = start("FOI-2026-0040", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 4, 9), null, false);
    String earlier = start("FOI-2026-0041", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 8));
    String later = start("FOI-2026-0042", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 10));

    List<RequestDeadline> list = list();
    assertThat(list).extracting(RequestDeadline::processInstanceId).containsExactly(earlier, waiting, later);
    assertThat(list.get(1).stage()).startsWith("Record the authority's response: FOI-2026-0040");
    assertThat(list.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 4, 9));
  }

  @Test
  void aDueDateChangedInTasklistMovesTheRequest() {
    String first = start("FOI-2026-0050", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 8));
    String second = start("FOI-2026-0051", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 10));

    Task task = taskService.createTaskQuery().processInstanceId(first).singleResult();
    task.setDueDate(endOf(LocalDate.of(2026, 4, 15)));
    taskService.saveTask(task);

    List<RequestDeadline> list = list();
    assertThat(list).extracting(RequestDeadline::processInstanceId).containsExactly(second, first);
    assertThat(list.get(1).dueDate()).isEqualTo(LocalDate.of(2026, 4, 15));
  }

  @Test
  void aNewStatutoryDueDateMovesARequestWithoutADatedTask() {
    String waiting = start("FOI-2026-0060", "Borsetshire County Council", "UK_FOIA", LocalDate.of(2026, 4, 9), null, false);
    String later = start("FOI-2026-0061", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 10));
    assertThat(list()).extracting(RequestDeadline::processInstanceId).containsExactly(waiting, later);

    runtimeService.setVariable(waiting, "statutoryDueDate", "2026-04-20");

    assertThat(list()).extracting(RequestDeadline::processInstanceId).containsExactly(later, waiting);
  }

  @Test
  void aRequestSharingItsReferenceWithAnotherIsOrderedByItsOwnTasks() {
    String early = start("FOI-2026-0080", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 8));
    String late = start("FOI-2026-0080", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 30));
    String between = start("FOI-2026-0081", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 20));

    assertThat(list()).extracting(RequestDeadline::processInstanceId).containsExactly(early, between, late);
  }

  @Test
  void theFirstStartOfThisVersionListsTheRequestsAlreadyOpenAndDropsEndedOnes() {
    String first = start("FOI-2026-0070", "NHS Ambridge", "UK_FOIA", LocalDate.of(2026, 4, 8));
    String second = start("FOI-2026-0071", "Felpersham Police", "UK_FOIA", LocalDate.of(2026, 4, 10), LocalDate.of(2026, 4, 7));
    // As if they had been filed before the list existed, and a request had ended unnoticed.
    jdbc.update("DELETE FROM open_request", Map.of());
    jdbc.update(
        "INSERT INTO open_request (process_instance_id, process_definition_key, reference, undated, deadline)"
            + " VALUES ('ended-long-ago', :key, 'FOI-2020-0001', 0, DATE '2020-01-31')",
        Map.of("key", REQUEST_KEY));

    managementService.deleteProperty(OpenRequestBackfill.DONE);

    backfill.listRequestsOpenBeforeThisVersion();

    assertThat(managementService.getProperties()).containsKey(OpenRequestBackfill.DONE);
    assertThat(list()).extracting(RequestDeadline::processInstanceId).containsExactly(second, first);
    assertThat(jdbc.queryForList("SELECT process_instance_id FROM open_request", Map.of(), String.class))
        .doesNotContain("ended-long-ago");
  }

  private List<RequestDeadline> list() {
    return openRequestDeadlines.page(new DeadlinePage(0, DeadlinePage.MAX_SIZE), Optional.empty()).requests();
  }

  private String start(String reference, String authority, String regime, LocalDate due) {
    return start(reference, authority, regime, due, null);
  }

  /** With a review due date, the request also calls the review sub-process, as a real one does. */
  private String start(String reference, String authority, String regime, LocalDate due, LocalDate reviewDue) {
    return start(reference, authority, regime, due, reviewDue, true);
  }

  /** Undated: the request's task gets no due date, so only the statutoryDueDate variable has one. */
  private String start(
      String reference, String authority, String regime, LocalDate due, LocalDate reviewDue, boolean dated) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("underReview", reviewDue != null);
    variables.put("reviewDue", reviewDue == null ? null : endOf(reviewDue));
    variables.put("authorityName", authority);
    variables.put("regime", regime);
    variables.put("statutoryDueDate", due.toString());
    variables.put("due", dated ? endOf(due) : null);
    return runtimeService.startProcessInstanceByKey(REQUEST_KEY, reference, variables).getId();
  }

  private static RequestDeadline only(List<RequestDeadline> deadlines) {
    assertThat(deadlines).hasSize(1);
    return deadlines.get(0);
  }

  /** Like the real tasks: due at the end of the statutory day in the requesters' zone. */
  private static Date endOf(LocalDate day) {
    return Date.from(LocalDateTime.of(day, java.time.LocalTime.of(23, 59, 59)).atZone(LONDON).toInstant());
  }

  private static BpmnModelInstance requestFixture() {
    return Bpmn.createExecutableProcess(REQUEST_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .parallelGateway("fork")
        .userTask("respond")
        .name("Record the authority's response")
        .camundaDueDate("${due}")
        .endEvent("responded")
        .moveToNode("fork")
        .exclusiveGateway("reviewing")
        .condition("under review", "${underReview}")
        .callActivity("review")
        .calledElement(REVIEW_KEY)
        .camundaInBusinessKey("#{execution.processBusinessKey}")
        .camundaIn("reviewDue", "due")
        .endEvent("reviewed")
        .moveToNode("reviewing")
        .condition("no review", "${!underReview}")
        .endEvent("notReviewed")
        .done();
  }

  private static BpmnModelInstance reviewFixture() {
    return Bpmn.createExecutableProcess(REVIEW_KEY)
        .camundaHistoryTimeToLive(1)
        .startEvent()
        .userTask("reviewOutcome")
        .name("Record the internal review outcome")
        .camundaDueDate("${due}")
        .endEvent()
        .done();
  }
}
