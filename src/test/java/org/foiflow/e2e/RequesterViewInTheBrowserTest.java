package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.RequestVariables;
import org.foiflow.figures.Figure;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A requester as issue 17 meets FOI Flow in a browser (engine clock in December 2038): "File a
 * request" opens with their name and email, suggests the authority's name from the directory and
 * takes the date day first; from the task they reach the request's page, its due date explained
 * over Christmas, and back; Cockpit answers them with a page saying what to do instead, and
 * Tasklist spares them Camunda's migration banner. FOI Flow's own pages read on a phone, and the
 * figures chart draws each figure across its period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequesterViewInTheBrowserTest {

  private static final String REQUESTER = "view-requester";
  private static final String PASSWORD = "Dayfirst-Test-Secret-9";
  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "Test-Owner-Secret-1";
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final LocalDate FILED = LocalDate.of(2038, 12, 2);

  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-view-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;
  @Autowired FigureStore figures;

  @BeforeEach
  void requesterWithAProfile() {
    if (identityService.createUserQuery().userId(REQUESTER).count() == 0) {
      User user = identityService.newUser(REQUESTER);
      user.setPassword(PASSWORD);
      user.setFirstName("Priya");
      user.setLastName("View");
      user.setEmail("priya.view@example.org");
      identityService.saveUser(user);
      identityService.createMembership(REQUESTER, "foi-requesters");
    }
    ClockUtil.setCurrentTime(Date.from(FILED.atTime(LocalTime.of(10, 0)).atZone(LONDON).toInstant()));
    browser = browsers.at(port);
  }

  /** Each test starts signed out, in a browser of its own. */
  @AfterEach
  void closeBrowser() {
    browsers.close();
  }

  @Test
  void aRequesterFilesWithTheirProfileADirectoryNameAndADayFirstDateThenWalksFromTheTaskToThePageAndBack() {
    String subject = "Tip-offs from MPs, day first " + UUID.randomUUID().toString().substring(0, 8);
    TasklistPage tasklist = TasklistPage.open(browser, REQUESTER, PASSWORD);
    assertThat(browser.all(By.cssSelector(".ce-eol-banner")).stream().noneMatch(WebElement::isDisplayed))
        .as("Camunda's migration banner is hidden from requesters").isTrue();
    CamundaForm form = tasklist.startProcess("FOI request", "File an FOI request");

    // Filled from the profile.
    assertThat(browser.visible(By.cssSelector("input[id$='-Field_requesterName']")).getDomProperty("value")).isEqualTo("Priya View");
    assertThat(browser.visible(By.cssSelector("input[id$='-Field_requesterEmail']")).getDomProperty("value"))
        .isEqualTo("priya.view@example.org");

    // The directory's names are suggested as the requester types.
    form.type("Field_authorityName", "home off");
    browser.until(d -> !d.findElements(By.cssSelector("datalist#foi-authority-names option[value='Home Office']")).isEmpty());
    assertThat(browser.visible(By.cssSelector("input[id$='-Field_authorityName']")).getDomAttribute("list")).isEqualTo("foi-authority-names");
    // Typed on in lower case: the request stores the directory's spelling.
    browser.visible(By.cssSelector("input[id$='-Field_authorityName']")).sendKeys("ice");
    form.type("Field_authorityEmail", "foirequests@homeoffice.gov.uk")
        .type("Field_subject", subject)
        .type("Field_requestText", "How many tip-offs did MPs pass to immigration enforcement, 2030-2037?");

    // Day first, whatever the browser's language (this one is American).
    WebElement sent = browser.visible(By.cssSelector("input[id$='-Field_sentDate-date']"));
    assertThat(sent.getDomAttribute("placeholder")).isEqualTo("dd/mm/yyyy");
    browser.scrollIntoView(sent);
    sent.sendKeys("02/12/2038", org.openqa.selenium.Keys.TAB);
    browser.screenshot("view-01-start-form-profile-and-day-first-date");
    tasklist.start();

    HistoricProcessInstance request = historyService.createHistoricProcessInstanceQuery()
        .variableValueEquals(RequestVariables.SUBJECT.name(), subject).singleResult();
    assertThat(runtimeService.getVariable(request.getId(), RequestVariables.SENT_DATE.name())).isEqualTo("2038-12-02");
    assertThat(runtimeService.getVariable(request.getId(), RequestVariables.AUTHORITY_NAME.name())).isEqualTo("Home Office");
    assertThat(runtimeService.getVariable(request.getId(), RequestVariables.REQUESTER_NAME.name())).isEqualTo("Priya View");
    String reference = request.getBusinessKey();

    // From the task to the request's page...
    Task task = taskService.createTaskQuery().processInstanceId(request.getId()).singleResult();
    tasklist.taskInList(task.getId());
    tasklist.openTask(task.getId(), "Record the authority's response");
    Set<String> windows = browser.driver.getWindowHandles();
    browser.click(By.partialLinkText("Open the request's page"));
    List<String> opened = new ArrayList<>(browser.driver.getWindowHandles());
    opened.removeAll(windows);
    if (!opened.isEmpty()) {
      browser.driver.switchTo().window(opened.get(0));
    }
    browser.seesText("When the answer is due");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/requests/" + reference);
    // ...its due date explained over Christmas 2038 (both holidays fall at the weekend: the
    // substitute days are skipped)...
    String due = browser.visible(By.id("due-card")).getText();
    assertThat(due).contains("20 working days", "Monday 27 December 2038", "Tuesday 28 December 2038", "Monday 3 January 2039");
    assertThat(browser.driver.getPageSource()).doesNotContain("/camunda/app/cockpit").doesNotContain("UK_FOIA");
    browser.driver.manage().window().setSize(new Dimension(1100, 1450));
    browser.screenshot("view-02-request-page-over-christmas");
    browser.driver.manage().window().setSize(new Dimension(390, 844));
    assertReadsOnAPhone("/requests/" + reference);
    browser.driver.manage().window().setSize(new Dimension(1280, 1000));
    // ...and back to the task.
    browser.click(By.partialLinkText("Open in Tasklist"));
    browser.visibleWithText(By.tagName("body"), "Open the request's page");
    assertThat(browser.driver.getCurrentUrl()).contains("task=" + task.getId());
  }

  @Test
  void aRequesterWhoOpensCockpitIsToldWhatToDoInstead() {
    TasklistPage.open(browser, REQUESTER, PASSWORD);
    browser.open("/camunda/app/cockpit/default/");
    browser.seesText("This part of FOI Flow is not open to you");
    assertThat(browser.visible(By.id("instead")).getText()).contains("Your requests", "Tasklist", "Your profile");
    browser.screenshot("view-03-cockpit-not-for-you");
    browser.click(By.cssSelector("#instead a[href='/requests/']"));
    browser.seesText("Every request you filed");
    assertThat(browser.driver.getCurrentUrl()).endsWith("/requests/");
  }

  @Test
  void foiFlowsPagesReadOnAPhoneAndTheFiguresChartDrawsPeriods() {
    String metric = "Tip-offs passed on " + UUID.randomUUID().toString().substring(0, 6);
    List<Figure> disclosed = new ArrayList<>();
    for (String authority : List.of("Home Office", "Department for Transport")) {
      for (int year : List.of(2036, 2037)) {
        BigDecimal value = BigDecimal.valueOf(authority.length() * 10L + (year - 2030) * 7L);
        disclosed.add(new Figure("FOI-2038-9" + year % 10 + authority.length(), authority, metric, value, "tip-offs",
            LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
            List.of(new Figure.Breakdown("London", value.divide(BigDecimal.valueOf(2))), new Figure.Breakdown("Elsewhere", value.divide(BigDecimal.valueOf(2)))),
            "Response letter", "1", null, FILED));
      }
    }
    figures.add(disclosed, OffsetDateTime.now());

    TasklistPage.open(browser, ADMIN, ADMIN_PASSWORD);
    // The stylesheet came with the login page; an administrator's next page load has the banner.
    TasklistPage.open(browser, ADMIN, ADMIN_PASSWORD);
    assertThat(browser.visible(By.cssSelector(".ce-eol-banner")).getText()).contains("Camunda 8");

    browser.driver.manage().window().setSize(new Dimension(1100, 1700));
    FiguresPage.open(browser, metric).chart();
    browser.visible(By.cssSelector("#compare-chart canvas"));
    browser.visible(By.cssSelector("#breakdown-chart canvas"));
    browser.seesText("Broken down by label");
    browser.scrollIntoView(browser.visible(By.id("chart")), "start");
    browser.screenshot("view-04-figures-periods-side-by-side-and-breakdown");

    browser.driver.manage().window().setSize(new Dimension(390, 844));
    for (String page : List.of("/requests/", "/requests/not-for-you.html", "/figures/index.html?metric=" + metric.replace(" ", "%20"),
        "/figures/stats.html", "/mail/caught.html", "/mail/outbox.html", "/mail/held.html")) {
      browser.open(page);
      browser.visible(By.cssSelector("header.site"));
      browser.until(d -> !d.findElement(By.tagName("body")).getText().contains("Loading…"));
      assertReadsOnAPhone(page);
    }
    browser.open("/figures/index.html?metric=" + metric.replace(" ", "%20"));
    browser.visible(By.cssSelector("#chart canvas"));
    browser.screenshot("view-05-figures-on-a-phone");
  }

  /** The page in the window (a phone's width): shared stylesheet, viewport set, no sideways scrolling. */
  private void assertReadsOnAPhone(String page) {
    assertThat(browser.driver.findElements(By.cssSelector("meta[name='viewport']"))).as(page).hasSize(1);
    assertThat(browser.driver.findElements(By.cssSelector("link[href='/css/foiflow.css']"))).as(page).hasSize(1);
    Long wide = (Long) ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.scrollWidth;");
    Long screen = (Long) ((JavascriptExecutor) browser.driver).executeScript("return window.innerWidth;");
    // The message names what sticks out, so a failure says what to fix.
    Object sticksOut = ((JavascriptExecutor) browser.driver).executeScript(
        "return [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > window.innerWidth)"
            + ".slice(-3).map(e => e.tagName + '.' + e.className + ' ' + (e.textContent || '').trim().slice(0, 60)).join(' | ');");
    assertThat(wide).as(page + " scrolls sideways on a phone: " + sticksOut).isLessThanOrEqualTo(screen);
  }
}
