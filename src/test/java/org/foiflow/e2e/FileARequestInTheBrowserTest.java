package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.contract.RequestVariables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * End to end in headless Chromium, as a user would: file a request in Tasklist, see its task
 * with the due date, follow it on Cockpit's "FOI deadlines" dashboard, record the answer in full
 * with a disclosed figure, find the confirmation in the mail catcher and the figure on the
 * figures page; and the start form refuses a bad email address.
 * Screenshots of each step go to target/e2e-screenshots/. Skipped, with the reason, on a machine
 * without /usr/bin/chromium and /usr/bin/chromedriver.
 *
 * <p>The steps are numbered as in the screenshots; the dashboard (step 5) is visited
 * before the response is recorded (step 3), because it lists open requests only and a response in
 * full closes the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FileARequestInTheBrowserTest {

  private static final String USER = "admin";
  /** src/test/resources/config/application.yaml. Never try a wrong one: Camunda locks the user out. */
  private static final String PASSWORD = "Test-Owner-Secret-1";
  private static final String PROCESS_KEY = "foi-request";
  private static final String METRIC = "Tip-offs from MPs to immigration enforcement";
  private static final java.time.ZoneId LONDON = java.time.ZoneId.of("Europe/London");

  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;

  @Test
  void fileARequestAndFollowItInTasklistAndCockpit() {
    browser = browsers.at(port);
    String subject = "Tip-offs from MPs, browser test " + UUID.randomUUID().toString().substring(0, 8);

    // 1. Tasklist: start "FOI request" and fill in "File an FOI request".
    TasklistPage tasklist = TasklistPage.open(browser, USER, PASSWORD);
    CamundaForm startForm = tasklist.startProcess("FOI request", "File an FOI request");
    fillValidRequest(startForm, subject, "alice@example.org");
    browser.screenshot("01-start-form");
    tasklist.start();

    HistoricProcessInstance request = requestWithSubject(subject);
    String reference = request.getBusinessKey();
    assertThat(reference).matches("FOI-\\d{4}-\\d{4}");
    Task task = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
    assertThat(task.getName()).startsWith("Record the authority's response: " + reference + " Home Office, ");
    LocalDate due = RequestVariables.STATUTORY_DUE_DATE.in(runtimeService.getVariables(request.getId()));

    // 2. The task is in "My FOI tasks" with its statutory due date, and its form says when it is due.
    String listed = tasklist.taskInList(task.getId()).getText();
    assertThat(listed).contains("Record the authority's response: " + reference + " Home Office", "FOI request");
    CamundaForm responseForm = tasklist.openTask(task.getId(), "Record the authority's response");
    // The date in words, as the form writes it with FEEL: "due 6 January 2027".
    assertThat(responseForm.text()).contains("Request " + reference + " to Home Office: due " + DatesForPeople.day(due) + ".");
    assertThat(tasklist.dueDateShown()).startsWith("in ");
    browser.screenshot("02-task-with-due-date");

    // 5. Cockpit: the request is on the FOI deadlines dashboard, on time.
    CockpitPage cockpit = CockpitPage.openDashboard(browser, USER, PASSWORD);
    List<String> row = cockpit.deadlineRow(reference);
    assertThat(row).hasSize(7).startsWith(reference, "Home Office").endsWith(DatesForPeople.day(due), "On time", "", "Request page");
    assertThat(row.get(2)).startsWith("Record the authority's response: " + reference);
    browser.screenshot("05-cockpit-foi-deadlines");

    // 3. Back in Tasklist: the authority provided the information in full, with a figure.
    tasklist = TasklistPage.open(browser, USER, PASSWORD);
    tasklist.taskInList(task.getId());
    responseForm = tasklist.openTask(task.getId(), "Record the authority's response");
    responseForm
        .choose("Field_response", "Information provided in full")
        .date("Field_responseDate", LocalDate.now(LONDON))
        .type("Field_figure1Metric", METRIC)
        .type("Field_figure1Value", "482")
        .type("Field_figure1Unit", "tip-offs")
        .date("Field_figure1PeriodFrom", LocalDate.of(2014, 1, 1))
        .date("Field_figure1PeriodTo", LocalDate.of(2016, 12, 31));
    browser.screenshot("03-response-in-full");
    tasklist.complete();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(historyService.createHistoricVariableInstanceQuery()
                .processInstanceId(request.getId()).variableName("outcome").list())
            .extracting(variable -> variable.getValue())
            .containsExactly("DISCLOSED_IN_FULL"));

    // 4. The confirmation went over SMTP to the built-in mail catcher (the job executor is off in
    // tests, so the send jobs run here).
    runDueJobs(reference);
    WebElement confirmation =
        MailCatcherPage.open(browser).email(reference + ": your FOI request to Home Office is registered");
    assertThat(confirmation.getText()).contains("alice@example.org");
    browser.screenshot("04-mail-catcher-confirmation");

    // 6. The figure is on the figures page, in the table and the chart.
    FiguresPage figures = FiguresPage.open(browser, METRIC);
    List<String> figure = figures.figureRow(reference);
    assertThat(figure).startsWith(reference, "Home Office", METRIC);
    assertThat(figure.get(3)).contains("482");
    assertThat(figure.get(4)).isEqualTo("tip-offs");
    assertThat(figures.chart().getSize().getHeight()).isPositive();
    browser.screenshot("06-figures-page");
  }

  @Test
  void theStartFormRefusesAnInvalidEmailAndStartsNothing() {
    browser = browsers.at(port);
    long before = requestCount();

    TasklistPage tasklist = TasklistPage.open(browser, USER, PASSWORD);
    CamundaForm startForm = tasklist.startProcess("FOI request", "File an FOI request");
    fillValidRequest(startForm, "Bad email, browser test", "alice-at-example.org");
    String shown = startForm.errors().isEmpty() ? "" : String.join(" ", startForm.errors());
    if (shown.isEmpty()) {
      // form-js let it through: the server refuses it, and Tasklist shows why.
      tasklist.clickStart();
      shown = browser.visibleWithText(org.openqa.selenium.By.cssSelector(".notifications .alert, .notifications-panel .alert"),
          "is not a valid email address").getText();
    }
    assertThat(shown).containsIgnoringCase("valid email");
    browser.screenshot("00-invalid-email-refused");

    assertThat(requestCount()).as("no FOI request started").isEqualTo(before);
  }

  private static void fillValidRequest(CamundaForm form, String subject, String requesterEmail) {
    form.type("Field_authorityName", "Home Office")
        .type("Field_authorityEmail", "foirequests@homeoffice.gov.uk")
        .type("Field_subject", subject)
        .type("Field_requestText", "How many tip-offs did MPs pass to immigration enforcement, 2014-2016?")
        .pick("Field_sendBy", "I sent it another way")
        .type("Field_requesterName", "Alice Reporter")
        .type("Field_requesterEmail", requesterEmail);
  }

  private long requestCount() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
  }

  private HistoricProcessInstance requestWithSubject(String subject) {
    List<HistoricProcessInstance> found =
        historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey(PROCESS_KEY)
            .variableValueEquals("subject", subject)
            .list();
    assertThat(found).as("requests with subject " + subject).hasSize(1);
    return found.get(0);
  }

  /** The job executor is off in tests: run the request's due jobs (its emails) as it would. */
  private void runDueJobs(String reference) {
    for (int round = 0; round < 20; round++) {
      List<Job> due =
          runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
              .flatMap(i -> managementService.createJobQuery().processInstanceId(i.getId()).executable().list().stream())
              .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    throw new AssertionError("jobs keep becoming due for " + reference);
  }
}
