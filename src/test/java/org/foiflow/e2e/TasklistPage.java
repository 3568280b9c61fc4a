package org.foiflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Tasklist: start a process with its start form, find a task, complete its form. */
final class TasklistPage {

  private static final By START_PROCESS = By.cssSelector(".start-process-action a");
  private static final By PROCESS_LIST = By.cssSelector("div.modal-content ul.processes");
  private static final By MODAL = By.cssSelector("div.modal-content");
  private static final By START_BUTTON =
      By.xpath("//div[contains(@class,'modal-footer')]//button[@type='submit'][normalize-space()='Start']");
  private static final By COMPLETE_BUTTON =
      By.xpath("//button[@ng-click='complete()'][normalize-space()='Complete']");
  private static final By NOTIFICATIONS = By.cssSelector(".notifications .alert, .notifications-panel .alert");

  private final Browser browser;

  private TasklistPage(Browser browser) {
    this.browser = browser;
  }

  static TasklistPage open(Browser browser, String user, String password) {
    browser.open("/camunda/app/tasklist/default/");
    CamundaLogin.ensureLoggedIn(browser, START_PROCESS, user, password);
    return new TasklistPage(browser);
  }

  /**
   * Start process, then the process by its name: its start form opens in the dialog. A click that
   * lands while the dialog is still fading in is lost, so the name is clicked again if the form
   * has not appeared after a few seconds.
   */
  CamundaForm startProcess(String processName, String formTitle) {
    browser.click(START_PROCESS);
    browser.visible(PROCESS_LIST);
    By process = By.xpath(
        "//div[contains(@class,'modal-content')]//ul[contains(@class,'processes')]//a[normalize-space()=\""
            + processName + "\"]");
    for (int attempt = 0; attempt < 3; attempt++) {
      browser.click(process);
      if (browser.soon(d -> d.findElements(CamundaForm.CONTAINER).stream().anyMatch(WebElement::isDisplayed)) != null) {
        break;
      }
    }
    return new CamundaForm(browser, formTitle);
  }

  void clickStart() {
    browser.click(START_BUTTON);
  }

  /** Start, and wait until the dialog has closed and Tasklist says the process started. */
  void start() {
    clickStart();
    browser.until(ExpectedConditions.invisibilityOfElementLocated(MODAL));
    browser.visibleWithText(NOTIFICATIONS, "The process has been started.");
  }

  /**
   * The task's entry in the list of the current filter. Tasklist does not always refresh the list
   * after a start: if the task is not there soon, reload the page, as a user would.
   */
  WebElement taskInList(String taskId) {
    By entry = By.xpath(
        "//ol[contains(@class,'tasks-list')]/li[contains(@class,'task')][.//a[contains(@href,'task=" + taskId + "')]]");
    if (browser.soon(ExpectedConditions.visibilityOfElementLocated(entry)) == null) {
      browser.driver.navigate().refresh();
    }
    return browser.visible(entry);
  }

  /** Clicks the task in the list; its form opens beside it. */
  CamundaForm openTask(String taskId, String formTitle) {
    browser.click(By.xpath(
        "//ol[contains(@class,'tasks-list')]//h4[contains(@class,'task')]/a[contains(@href,'task=" + taskId + "')]"));
    return new CamundaForm(browser, formTitle);
  }

  /** The due date the open task's header shows, e.g. "in a month" (its exact date is the tooltip). */
  String dueDateShown() {
    return browser.visible(By.cssSelector("[cam-tasklist-task-meta] .due-date")).getText();
  }

  /** Clicks Complete; Tasklist's confirmation may vanish before it is seen: check the engine. */
  void complete() {
    browser.click(COMPLETE_BUTTON);
  }
}
