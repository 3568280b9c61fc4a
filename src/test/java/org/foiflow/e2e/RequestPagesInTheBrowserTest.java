package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.figures.Figure;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A requester opens their requests, signed out first: the page sends them to the login rather
 * than loading forever; then the list, a request's page with its due date explained over
 * Christmas 2033, and the Tasklist task it links to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequestPagesInTheBrowserTest {

  private static final String REQUESTER = "pages-requester";
  private static final String PASSWORD = "Pages-Test-Secret-7";
  private static final LocalDate FILED = LocalDate.of(2033, 12, 15);

  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-pages-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired TaskService taskService;
  @Autowired FigureStore figures;

  @Test
  void aRequesterReadsTheirRequestsAndARequestsPage() {
    if (identityService.createUserQuery().userId(REQUESTER).count() == 0) {
      User user = identityService.newUser(REQUESTER);
      user.setPassword(PASSWORD);
      user.setFirstName("Priya");
      user.setLastName("Reporter");
      identityService.saveUser(user);
      identityService.createMembership(REQUESTER, "foi-requesters");
    }
    ClockUtil.setCurrentTime(Date.from(FILED.atTime(LocalTime.of(10, 0)).atZone(ZoneId.of("Europe/London")).toInstant()));
    ProcessInstance answered = file("Department for Transport", "Potholes reported on trunk roads", FILED.minusDays(40));
    figures.add(List.of(new Figure(answered.getBusinessKey(), "Department for Transport", "Potholes reported",
        new BigDecimal("48213"), "potholes", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 12, 31), List.of(),
        "Response letter", "2", null, FILED.minusDays(5))), OffsetDateTime.now());
    ProcessInstance request = file("Home Office", "Tip-offs from MPs", FILED);
    String reference = request.getBusinessKey();
    String taskId = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult().getId();

    browser = browsers.at(port);
    browser.open("/requests/");
    browser.seesText("You are logged out");
    assertThat(browser.visible(By.id("log-in")).getAttribute("href")).endsWith("/camunda/app/tasklist/");

    TasklistPage.open(browser, REQUESTER, PASSWORD);
    browser.open("/requests/");
    browser.visibleWithText(By.cssSelector("table.requests tbody tr"), reference);
    assertThat(browser.visibleWithText(By.cssSelector("table.requests tbody tr"), reference).getText())
        .contains("Tip-offs from MPs", "Home Office", "Awaiting the authority's response", "18 January 2034");
    assertThat(browser.visibleWithText(By.cssSelector("table.requests tbody tr"), answered.getBusinessKey()).getText())
        .contains("Late: no response by");
    assertThat(browser.visible(By.id("calendar-url")).getAttribute("value")).contains("/calendar/").endsWith(".ics");
    assertThat(browser.driver.getPageSource()).doesNotContain("/camunda/app/cockpit");
    browser.screenshot("requests-01-list");

    browser.click(By.linkText(reference));
    browser.seesText("When the answer is due");
    String due = browser.visible(By.id("due-card")).getText();
    assertThat(due).contains("The answer is due by 18 January 2034", "20 working days",
        "Monday 26 December 2033: Boxing Day", "Tuesday 3 January 2034");
    assertThat(browser.visible(By.id("badge")).getText()).isEqualTo("Awaiting the authority's response");
    assertThat(browser.driver.getPageSource()).doesNotContain("UK_FOIA").doesNotContain("/camunda/app/cockpit");
    // The whole page in one picture, for the README.
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1100, 1450));
    browser.screenshot("requests-02-request-page");
    browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

    browser.open("/requests/" + answered.getBusinessKey());
    browser.seesText("Figures disclosed");
    assertThat(browser.visible(By.id("what-next")).getText()).startsWith("The authority is late: it should have answered by 5 December 2033.");
    assertThat(browser.visible(By.id("figures")).getText()).contains("Potholes reported", "48213", "1 January 2032 to 31 December 2032");
    browser.screenshot("requests-03-late-request-with-figures");

    browser.open("/requests/" + reference);
    browser.click(By.partialLinkText("Open in Tasklist"));
    browser.visibleWithText(By.tagName("body"), "Open the request's page");
    assertThat(browser.driver.getCurrentUrl()).contains("task=" + taskId);
    browser.screenshot("requests-04-task-links-back");
  }

  private ProcessInstance file(String authority, String subject, LocalDate sent) {
    Map<String, Object> form = new HashMap<>();
    form.put("authorityName", authority);
    form.put("authorityEmail", "foi@example.gov.uk");
    form.put("regime", "UK_FOIA");
    form.put("subject", subject);
    form.put("requestText", "Please send me the number of " + subject.toLowerCase() + " for each year since 2028.");
    form.put("sentDate", sent.toString());
    form.put("sendBy", "ELSEWHERE");
    form.put("requesterName", "Priya Reporter");
    form.put("requesterEmail", "priya@example.org");
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(REQUESTER, List.of("foi-requesters"));
    try {
      return formService.submitStartForm(definitionId, form);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
