package org.foiflow.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Camunda Cockpit's dashboard with FOI Flow's "FOI deadlines" plugin. */
final class CockpitPage {

  private static final By DEADLINES = By.cssSelector("section.foi-deadlines-plugin");
  private static final int MAX_PAGES = 20;

  private final Browser browser;

  private CockpitPage(Browser browser) {
    this.browser = browser;
  }

  static CockpitPage openDashboard(Browser browser, String user, String password) {
    browser.open("/camunda/app/cockpit/default/#/dashboard");
    CamundaLogin.ensureLoggedIn(browser, DEADLINES, user, password);
    return new CockpitPage(browser);
  }

  /**
   * The cells of the request's row in the FOI deadlines table: reference, authority, stage, due
   * date, status, batch, the request page's link. The table shows 50 open requests a page, earliest due first: other tests'
   * requests may fill the first pages, so it goes on with Next, as a person would.
   */
  List<String> deadlineRow(String reference) {
    By row = By.xpath(
        "//section[contains(@class,'foi-deadlines-plugin')]//table[contains(@class,'foi-deadlines')]"
            + "//tbody/tr[td[1]/a[normalize-space()='" + reference + "']]");
    By next = By.xpath("//section[contains(@class,'foi-deadlines-plugin')]//div[contains(@class,'foi-deadlines-pager')]"
        + "/button[normalize-space()='Next' and not(@disabled)]");
    for (int page = 0; page < MAX_PAGES && browser.soon(ExpectedConditions.visibilityOfElementLocated(row)) == null; page++) {
      if (browser.driver.findElements(next).isEmpty()) {
        break;
      }
      browser.click(next);
    }
    WebElement found = browser.visible(row);
    browser.scrollIntoView(found);
    return found.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }
}
