package org.foiflow.e2e;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Camunda Cockpit's dashboard with FOI Flow's "FOI deadlines" plugin. */
final class CockpitPage {

  private static final By DEADLINES = By.cssSelector("section.foi-deadlines-plugin");

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
   * date, status.
   */
  List<String> deadlineRow(String reference) {
    WebElement row = browser.visible(By.xpath(
        "//section[contains(@class,'foi-deadlines-plugin')]//table[contains(@class,'foi-deadlines')]"
            + "//tbody/tr[td[1]/a[normalize-space()='" + reference + "']]"));
    browser.scrollIntoView(row);
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }
}
