package org.foiflow.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The disclosed figures page, /figures/index.html: a chart of one metric, the table beneath. */
final class FiguresPage {

  private final Browser browser;

  private FiguresPage(Browser browser) {
    this.browser = browser;
  }

  static FiguresPage open(Browser browser, String metric) {
    browser.open("/figures/index.html?metric=" + URLEncoder.encode(metric, StandardCharsets.UTF_8));
    return new FiguresPage(browser);
  }

  /** The table row of the request's figure: reference, authority, metric, value, unit, ... */
  List<String> figureRow(String reference) {
    WebElement row = browser.visible(By.xpath("//tbody/tr[td[1][normalize-space()='" + reference + "']]"));
    return row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
  }

  /** ECharts draws into a canvas inside #chart once it has data. */
  WebElement chart() {
    return browser.visible(By.cssSelector("#chart canvas"));
  }
}
