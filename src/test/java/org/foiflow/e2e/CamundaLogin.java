package org.foiflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The login form that Tasklist and Cockpit share. One session covers both apps, so a second app
 * may open already logged in: then there is nothing to do.
 */
final class CamundaLogin {

  private static final By FORM = By.cssSelector("form[name='signinForm']");
  private static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  private static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  private static final By SUBMIT = By.cssSelector("form[name='signinForm'] button[type='submit']");

  private CamundaLogin() {}

  /**
   * Waits for either the login form or {@code loggedIn} and logs in if it is the form. The
   * password must be right: Camunda locks a user out for a while after a wrong one.
   */
  static void ensureLoggedIn(Browser browser, By loggedIn, String user, String password) {
    browser.until(ExpectedConditions.or(
        ExpectedConditions.visibilityOfElementLocated(FORM),
        ExpectedConditions.visibilityOfElementLocated(loggedIn)));
    if (browser.all(FORM).stream().noneMatch(WebElement::isDisplayed)) {
      return;
    }
    browser.visible(USERNAME).sendKeys(user);
    browser.visible(PASSWORD).sendKeys(password);
    browser.click(SUBMIT);
    browser.visible(loggedIn);
  }
}
