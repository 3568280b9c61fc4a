package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.authority.AuthorityImport;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.figures.FigureRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 18 in headless Chromium: file a small batch with the Tasklist form "Send a request to
 * many authorities", answer one member with figures, and open the batch's page. Screenshots go
 * to target/e2e-screenshots/ (batch-*). Skipped without /usr/bin/chromium and chromedriver.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BatchInTheBrowserTest {

  private static final String USER = "admin";
  private static final String PASSWORD = "Test-Owner-Secret-1";
  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-batch-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired AuthorityImport authorityImport;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired TaskService taskService;
  @Autowired FormService formService;

  @Test
  void fileASmallBatchInTasklistAndOpenItsPage() {
    // Batch tests file in 2034, clear of the tests that name 2026 references.
    ClockUtil.setCurrentTime(java.util.Date.from(LocalDate.of(2034, 3, 1).atTime(10, 0).atZone(java.time.ZoneId.of("Europe/London")).toInstant()));
    browser = browsers.at(port);
    String tag = "browser-batch-" + UUID.randomUUID().toString().substring(0, 8);
    authorityImport.importCsv(new StringReader("name,foi_email,default_regime,tags\n"
        + "North Browser Police,foi@north.example.police.uk,UK_FOIA," + tag + "\n"
        + "South Browser Police,foi@south.example.police.uk,UK_FOIA," + tag + "\n"));
    String subject = "Stop and search, browser test " + tag;

    TasklistPage tasklist = TasklistPage.open(browser, USER, PASSWORD);
    CamundaForm form = tasklist.startProcess("Batch request", "Send a request to many authorities");
    form.type("Field_authorityTag", tag)
        .type("Field_subject", subject)
        .type("Field_requestText", "How many stop and searches of children did you carry out in 2033?")
        .type("Field_requesterName", "Alice Reporter")
        .type("Field_requesterEmail", "alice@example.org");
    browser.screenshot("batch-01-start-form");
    tasklist.start();

    HistoricProcessInstance batch = null;
    for (int i = 0; i < 50 && batch == null; i++) {
      batch = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS)
          .variableValueEquals(RequestVariables.SUBJECT.name(), subject).singleResult();
      sleep();
    }
    assertThat(batch).isNotNull();
    String reference = batch.getBusinessKey();
    assertThat(reference).matches("BATCH-2034-\\d{4}");
    List<Job> chunks;
    while (!(chunks = managementService.createJobQuery().processInstanceId(batch.getId()).executable().list()).isEmpty()) {
      chunks.forEach(job -> managementService.executeJob(job.getId()));
    }
    Task north = taskService.createTaskQuery().processVariableValueEquals(RequestVariables.BATCH_REFERENCE.name(), reference)
        .processVariableValueEquals(RequestVariables.AUTHORITY_NAME.name(), "North Browser Police").singleResult();
    formService.submitTaskForm(north.getId(), Map.of(
        RequestVariables.RESPONSE.name(), "IN_FULL",
        RequestVariables.RESPONSE_DATE.name(), "2034-03-01",
        FigureRules.FIELD, SpinValues.jsonValue("[{\"metric\": \"Stop and searches of children\", \"value\": 30, \"unit\": \"searches\","
            + " \"periodFrom\": \"2033-01-01\", \"periodTo\": \"2033-12-31\","
            + " \"breakdown\": [{\"label\": \"Boys\", \"value\": 21}, {\"label\": \"Girls\", \"value\": 9}]}]").create()));

    browser.open("/batches/" + reference);
    browser.visibleWithText(By.id("title"), reference);
    browser.visibleWithText(By.id("members"), "South Browser Police");
    assertThat(browser.visible(By.id("members")).getText())
        .contains("North Browser Police", "Closed", "Disclosed in full", "South Browser Police", "Awaiting the response");
    assertThat(browser.visible(By.id("counts")).getText()).contains("Closed: 1", "Awaiting the response: 1");
    browser.visible(By.cssSelector("#chart canvas"));
    browser.screenshot("batch-02-page");

    // A member's own page, and the request list, name its batch and link to it.
    String southInstance = taskService.createTaskQuery()
        .processVariableValueEquals(RequestVariables.BATCH_REFERENCE.name(), reference)
        .processVariableValueEquals(RequestVariables.AUTHORITY_NAME.name(), "South Browser Police").singleResult()
        .getProcessInstanceId();
    String south = historyService.createHistoricProcessInstanceQuery().processInstanceId(southInstance).singleResult().getBusinessKey();
    browser.open("/requests/");
    browser.visible(By.id("text")).sendKeys(south);
    browser.click(By.cssSelector("#filters button[type='submit']"));
    browser.until(d -> d.findElement(By.id("range")).getText().equals("1 to 1 of 1"));
    browser.visibleWithText(By.cssSelector("table.requests tbody tr"), south);
    browser.visibleWithText(By.cssSelector("table.requests tbody tr a.batch[href='/batches/" + reference + "']"), reference);
    browser.screenshot("batch-03-request-list");

    browser.open("/requests/" + south);
    browser.visibleWithText(By.id("batch-link"), reference);
    browser.screenshot("batch-03-member-page");
    browser.click(By.id("batch-link"));
    browser.visibleWithText(By.id("title"), reference);

    // The Cockpit deadlines table shows the open member with its batch.
    assertThat(CockpitPage.openDashboard(browser, USER, PASSWORD).deadlineRow(south)).contains(reference);
    browser.screenshot("batch-04-cockpit");

    // The batch page's button withdraws every open member, after asking.
    browser.open("/batches/" + reference);
    browser.visibleWithText(By.id("members"), "South Browser Police");
    browser.click(By.id("withdraw"));
    browser.soon(org.openqa.selenium.support.ui.ExpectedConditions.alertIsPresent()).accept();
    browser.visibleWithText(By.id("status"), "Withdrawn.");
    browser.visibleWithText(By.id("members"), "Withdrawn");
    browser.screenshot("batch-05-withdrawn");
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(southInstance)
        .variableName(RequestVariables.OUTCOME.name()).singleResult().getValue()).isEqualTo("WITHDRAWN");
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
