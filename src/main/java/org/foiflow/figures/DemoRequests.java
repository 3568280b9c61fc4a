package org.foiflow.figures;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.security.FoiGroups;

/**
 * Example requests for the {@code demo} profile, so that a new user sees a populated Tasklist,
 * Cockpit, figures page and chart. They go through the real process and its form checks, as
 * {@code admin} in Tasklist would file and answer them; some are closed, some left open at
 * different stages. An example already filed (same authority, subject and demo requester) is
 * not filed again.
 */
public class DemoRequests {

  static final String REQUESTER = "admin";
  /** Marks the examples, so that a user's own request on the same subject is not mistaken for one. */
  static final String DEMO_REQUESTER_EMAIL = "demo-requester@foiflow.example";
  static final String TIP_OFFS = "Tip-offs from MPs to immigration enforcement";
  static final String DATABASE_MISUSE = "Officers investigated for misuse of police databases";
  private static final String POLICE_QUESTION =
      "How many officers were investigated for misusing police databases in 2022 and in 2023?";

  /**
   * One example: filed {@code sentDaysAgo} days ago; answered {@code answeredAfterDays} later with
   * {@code response} (null: still waiting), and the review asked for if {@code askReview}.
   */
  record Demo(
      String authority, String email, String regime, String subject, String requestText,
      int sentDaysAgo, String response, int answeredAfterDays, List<Map<String, Object>> figures,
      String exemptions, boolean askReview) {}

  static final List<Demo> DEMOS =
      List.of(
          new Demo("Home Office", null, "UK_FOIA", "Tip-offs from MPs",
              "How many tip-offs did MPs pass to immigration enforcement between 2014 and 2016, per year?",
              120, "IN_FULL", 18,
              List.of(figure(TIP_OFFS, 482, "tip-offs", "2014-01-01", "2016-12-31",
                  List.of(row("2014", 151), row("2015", 162), row("2016", 169)), "2")),
              null, false),
          new Demo("Metropolitan Police Service", "foi@metpolice.example", "UK_FOIA", "Misuse of police databases",
              POLICE_QUESTION, 90, "IN_FULL", 15,
              twoYears(58, 64), null, false),
          new Demo("West Midlands Police", "foi@westmidlands-police.example", "UK_FOIA", "Misuse of police databases",
              POLICE_QUESTION, 90, "IN_FULL", 21,
              twoYears(17, 12), null, false),
          // Late, and only in part: left open with the internal review window.
          new Demo("Greater Manchester Police", "foi@gmp-police.example", "UK_FOIA", "Misuse of police databases",
              POLICE_QUESTION, 90, "IN_PART", 35,
              twoYears(21, 27), "s.40 personal information (outcomes of individual cases)", false),
          // Refused, review asked for: left open in the internal review.
          new Demo("Ministry of Justice", null, "UK_FOIA", "Assaults on prison officers",
              "How many assaults on prison officers were recorded in each prison in 2023?",
              60, "REFUSED", 19, null, "s.12 cost limit", true),
          // Only acknowledged: still waiting, now overdue.
          new Demo("Department for Education", "foi@education.example", "UK_FOIA", "Condition of school buildings",
              "Please send the latest condition survey summary for every school built before 1980.",
              45, "ACKNOWLEDGED", 2, null, null, false),
          // Just sent: waiting for the answer.
          new Demo("Home Office", null, "UK_FOIA", "Visa processing times",
              "What was the median processing time for skilled worker visas in each month of 2025?",
              6, null, 0, null, null, false));

  private static final ObjectMapper JSON = new ObjectMapper();

  private final RepositoryService repositoryService;
  private final FormService formService;
  private final TaskService taskService;
  private final HistoryService historyService;
  private final IdentityService identityService;
  private final Today today;

  public DemoRequests(
      RepositoryService repositoryService, FormService formService, TaskService taskService,
      HistoryService historyService, IdentityService identityService, Today today) {
    this.repositoryService = repositoryService;
    this.formService = formService;
    this.taskService = taskService;
    this.historyService = historyService;
    this.identityService = identityService;
    this.today = today;
  }

  /** Files the examples not filed yet; returns the references of those it filed. */
  public List<String> fileMissing() {
    List<String> filed = new ArrayList<>();
    // As a member of foi-requesters, so that the authorizations of a real requester apply.
    identityService.setAuthentication(REQUESTER, List.of(FoiGroups.REQUESTERS));
    try {
      for (Demo demo : DEMOS) {
        if (!alreadyFiled(demo)) {
          filed.add(file(demo));
        }
      }
    } finally {
      identityService.clearAuthentication();
    }
    return filed;
  }

  private boolean alreadyFiled(Demo demo) {
    return historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(ProcessContract.REQUEST_PROCESS)
            .variableValueEquals(RequestVariables.AUTHORITY_NAME.name(), demo.authority())
            .variableValueEquals(RequestVariables.SUBJECT.name(), demo.subject())
            .variableValueEquals(RequestVariables.REQUESTER_EMAIL.name(), DEMO_REQUESTER_EMAIL)
            .count() > 0;
  }

  private String file(Demo demo) {
    LocalDate sent = today.date().minusDays(demo.sentDaysAgo());
    Map<String, Object> start = new HashMap<>();
    start.put(RequestVariables.AUTHORITY_NAME.name(), demo.authority());
    if (demo.email() != null) {
      start.put(RequestVariables.AUTHORITY_EMAIL.name(), demo.email());
    }
    start.put(RequestVariables.REGIME.name(), demo.regime());
    start.put(RequestVariables.SUBJECT.name(), demo.subject());
    start.put(RequestVariables.REQUEST_TEXT.name(), demo.requestText());
    start.put(RequestVariables.SENT_DATE.name(), sent.toString());
    start.put(RequestVariables.SEND_BY.name(), "ELSEWHERE");
    start.put(RequestVariables.REQUESTER_NAME.name(), "Demo Requester");
    start.put(RequestVariables.REQUESTER_EMAIL.name(), DEMO_REQUESTER_EMAIL);
    String definition =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessContract.REQUEST_PROCESS)
            .latestVersion().singleResult().getId();
    ProcessInstance request = formService.submitStartForm(definition, start);
    if (demo.response() == null) {
      return request.getBusinessKey();
    }
    LocalDate answered = sent.plusDays(demo.answeredAfterDays());
    Map<String, Object> response = new HashMap<>();
    response.put(RequestVariables.RESPONSE.name(), demo.response());
    response.put(RequestVariables.RESPONSE_DATE.name(), answered.toString());
    if (demo.exemptions() != null) {
      response.put(RequestVariables.EXEMPTIONS_CITED.name(), demo.exemptions());
    }
    if (demo.figures() != null) {
      // As Tasklist sends a dynamic list: a JSON variable.
      response.put(FigureRules.FIELD, SpinValues.jsonValue(JSON.valueToTree(demo.figures()).toString()).create());
    }
    formService.submitTaskForm(task(request, "Task_RecordResponse").getId(), response);
    if (demo.askReview()) {
      formService.submitTaskForm(
          task(request, "Task_DecideReview").getId(),
          Map.of("reviewDecision", "ASK_REVIEW", RequestVariables.REVIEW_REQUESTED_DATE.name(), answered.plusDays(5).toString(),
              RequestVariables.REVIEW_GROUNDS.name(), "The cost estimate counts work that is not needed to answer."));
    }
    return request.getBusinessKey();
  }

  private Task task(ProcessInstance request, String key) {
    return taskService.createTaskQuery().processInstanceId(request.getId()).taskDefinitionKey(key).singleResult();
  }

  private static List<Map<String, Object>> twoYears(int in2022, int in2023) {
    return List.of(
        figure(DATABASE_MISUSE, in2022, "officers", "2022-01-01", "2022-12-31", List.of(), "1"),
        figure(DATABASE_MISUSE, in2023, "officers", "2023-01-01", "2023-12-31", List.of(), "1"));
  }

  /** A figure as the response form submits it. */
  private static Map<String, Object> figure(
      String metric, int value, String unit, String from, String to, List<Map<String, Object>> breakdown, String page) {
    return Map.of(
        "metric", metric, "value", value, "unit", unit, "periodFrom", from, "periodTo", to,
        "breakdown", breakdown, "sourceDocument", "Response letter", "sourcePage", page);
  }

  private static Map<String, Object> row(String label, int value) {
    return Map.of("label", label, "value", value);
  }
}
