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
    // The page moves the focus to the user name field once it has rendered: keys typed just
    // before can land there instead of in the password field (seen once in CI). Type again until
    // both fields hold what was typed.
    for (int attempt = 1; ; attempt++) {
      type(browser, USERNAME, user);
      type(browser, PASSWORD, password);
      if (holds(browser, USERNAME, user) && holds(browser, PASSWORD, password)) {
        break;
      }
      if (attempt == 3) {
        throw new IllegalStateException("the login form did not keep the user name and password typed into it");
      }
    }
    browser.click(SUBMIT);
    browser.visible(loggedIn);
  }

  private static void type(Browser browser, By field, String text) {
    WebElement input = browser.visible(field);
    input.clear();
    input.sendKeys(text);
  }

  private static boolean holds(Browser browser, By field, String text) {
    return text.equals(browser.visible(field).getDomProperty("value"));
  }
}
