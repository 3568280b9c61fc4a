package org.foiflow.e2e;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The built-in mail catcher's page, /mail/caught.html: every email that went over SMTP. */
final class MailCatcherPage {

  private final Browser browser;

  private MailCatcherPage(Browser browser) {
    this.browser = browser;
  }

  static MailCatcherPage open(Browser browser) {
    browser.open("/mail/caught.html");
    return new MailCatcherPage(browser);
  }

  /** The row of the caught email whose subject contains {@code subjectPart}, opened. */
  WebElement email(String subjectPart) {
    WebElement summary =
        browser.visibleWithText(By.cssSelector("tbody tr details summary"), subjectPart);
    summary.click();
    return summary.findElement(By.xpath("ancestor::tr"));
  }
}
