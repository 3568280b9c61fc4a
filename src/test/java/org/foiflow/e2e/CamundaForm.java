package org.foiflow.e2e;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js) as Tasklist renders it. form-js gives every field the DOM id
 * {@code fjs-form-<form>-<field id>}, with {@code _<index>} appended inside a dynamic list and
 * {@code -date} for the date input of a datetime field: the field ids of processes/*.form find them.
 */
final class CamundaForm {

  static final By CONTAINER = By.cssSelector(".fjs-container");
  private static final By ERRORS = By.cssSelector(".fjs-form-field-error");

  private final Browser browser;

  CamundaForm(Browser browser, String title) {
    this.browser = browser;
    browser.visibleWithText(CONTAINER, title);
  }

  private static By field(String fieldId) {
    return By.cssSelector("input[id$='-" + fieldId + "'], textarea[id$='-" + fieldId + "']");
  }

  private WebElement input(String fieldId) {
    WebElement input = browser.visible(field(fieldId));
    browser.scrollIntoView(input);
    return input;
  }

  /** A text field, text area or number field: types {@code text} and leaves the field. */
  CamundaForm type(String fieldId, String text) {
    WebElement input = input(fieldId);
    input.clear();
    // Leaving the field is when form-js validates it and shows a message.
    input.sendKeys(text, Keys.TAB);
    return this;
  }

  /** A (non-searchable) select: opens its dropdown and picks the option with that label. */
  CamundaForm choose(String fieldId, String optionLabel) {
    browser.click(By.cssSelector("[id$='-" + fieldId + "-display']"));
    By option = By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()=\"" + optionLabel + "\"]");
    try {
      browser.click(option);
    } catch (ElementClickInterceptedException underTheFooter) {
      // A list opened at the foot of a form can run under Tasklist's fixed footer, and the form
      // cannot scroll further. form-js picks an option on mousedown: press it there.
      ((JavascriptExecutor) browser.driver).executeScript(
          "arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}));",
          browser.visible(option));
    }
    browser.visibleWithText(By.cssSelector("[id$='-" + fieldId + "-display']"), optionLabel);
    return this;
  }

  /** A radio group: clicks the option's label. */
  CamundaForm pick(String fieldId, String optionLabel) {
    browser.click(By.xpath(
        "//div[contains(@class,'fjs-form-field-radio')][.//input[contains(@id,'-" + fieldId + "')]]"
            + "//label[normalize-space()=\"" + optionLabel + "\"]"));
    return this;
  }

  /**
   * A date field, typed the way its placeholder asks (dd/mm/yyyy: Tasklist's foi-day-first script
   * gives form-js the UK's date format whatever the browser's language), then left with Tab, which
   * is when form-js reads it.
   */
  CamundaForm date(String fieldId, LocalDate date) {
    WebElement input = browser.visible(By.cssSelector("input[id$='-" + fieldId + "-date']"));
    browser.scrollIntoView(input);
    String placeholder = input.getAttribute("placeholder");
    String pattern =
        placeholder == null || placeholder.isBlank()
            ? "dd/MM/yyyy"
            : placeholder.toLowerCase(Locale.ROOT).replace("mm", "MM");
    input.clear();
    input.sendKeys(date.format(DateTimeFormatter.ofPattern(pattern, Locale.ROOT)), Keys.TAB);
    return this;
  }

  /** Removes every item of the form's dynamic lists (the × beside each), as a user would. */
  CamundaForm removeAllRepetitions() {
    By remove = By.cssSelector(".fjs-container .fjs-repeat-row-remove");
    while (!browser.all(remove).isEmpty()) {
      int before = browser.all(remove).size();
      browser.click(remove);
      browser.until(d -> d.findElements(remove).size() < before);
    }
    return this;
  }

  /** Scrolls the form's title into view, e.g. for a screenshot. */
  void scrollToTop() {
    browser.scrollIntoView(browser.visible(By.cssSelector(".fjs-container .fjs-form-field-text")), "start");
  }

  String text() {
    return browser.visible(CONTAINER).getText();
  }

  /** The validation messages form-js shows under the fields. */
  List<String> errors() {
    return browser.all(ERRORS).stream().filter(WebElement::isDisplayed).map(WebElement::getText).toList();
  }
}
