package org.foiflow.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven
 * through the system chromedriver (never one that Selenium Manager would download), with a fresh
 * profile in a temporary directory. Also the explicit waits and screenshots the page objects share.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");

  /** Generous: a 2-core CI machine runs the app, Chromium and the test at once. */
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  final WebDriver driver;
  final WebDriverWait wait;
  final String baseUrl;
  private final Path profile;

  /** Null when Chromium or its driver is missing: the reason to skip the browser test. */
  static String missing() {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      return "Browser test skipped: it needs headless Chromium at " + CHROMIUM + " and its driver at "
          + CHROMEDRIVER + " (Debian packages chromium and chromium-driver; .ci/run installs them)";
    }
    return null;
  }

  Browser(String baseUrl) {
    this.baseUrl = baseUrl;
    try {
      profile = Files.createTempDirectory("foiflow-e2e-chromium-");
      Files.createDirectories(SCREENSHOTS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The driver is given explicitly, so Selenium Manager is never asked to find or fetch one.
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withLogFile(SCREENSHOTS.resolve("chromedriver.log").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--lang=en-US",
        "--window-size=1280,1000",
        "--user-data-dir=" + profile.toAbsolutePath());
    driver = new ChromeDriver(service, options);
    // A page that redraws (FOI Flow's pages after each fetch, Tasklist's forms) can replace an
    // element between finding and reading it: look again rather than fail.
    wait = new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100));
    wait.ignoring(StaleElementReferenceException.class);
  }

  void open(String path) {
    driver.get(baseUrl + path);
  }

  WebElement visible(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  WebElement clickable(By by) {
    return wait.until(ExpectedConditions.elementToBeClickable(by));
  }

  void click(By by) {
    WebElement element = clickable(by);
    scrollIntoView(element);
    element.click();
  }

  void scrollIntoView(WebElement element) {
    scrollIntoView(element, "center");
  }

  /** {@code block}: start, center or end, as in Element.scrollIntoView. */
  void scrollIntoView(WebElement element, String block) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: arguments[1]});", element, block);
  }

  <T> T until(ExpectedCondition<T> condition) {
    return wait.until(condition);
  }

  /** Like {@link #until}, but gives up after a few seconds and answers null. */
  <T> T soon(ExpectedCondition<T> condition) {
    try {
      return new WebDriverWait(driver, Duration.ofSeconds(5), Duration.ofMillis(100))
          .ignoring(StaleElementReferenceException.class)
          .until(condition);
    } catch (TimeoutException notYet) {
      return null;
    }
  }

  /** Waits until some visible element matching {@code by} contains {@code text}; returns it. */
  WebElement visibleWithText(By by, String text) {
    return new WebDriverWait(driver, TIMEOUT, Duration.ofMillis(100))
        .ignoring(StaleElementReferenceException.class)
        .withMessage("no visible " + by + " containing '" + text + "'")
        .until(d -> d.findElements(by).stream()
            .filter(e -> e.isDisplayed() && e.getText().contains(text))
            .findFirst()
            .orElse(null));
  }

  /** Waits until the page shows {@code text} somewhere. */
  void seesText(String text) {
    visibleWithText(By.tagName("body"), text);
  }

  List<WebElement> all(By by) {
    return driver.findElements(by);
  }

  /** Saves what the browser shows as target/e2e-screenshots/{name}.png. */
  Path screenshot(String name) {
    File shot = ((ChromeDriver) driver).getScreenshotAs(OutputType.FILE);
    Path target = SCREENSHOTS.resolve(name + ".png");
    try {
      Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(shot.toPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }

  /** A screenshot and the page's HTML, for a failed test. */
  void recordFailure(String name) {
    screenshot(name);
    try {
      Files.writeString(SCREENSHOTS.resolve(name + ".html"), driver.getPageSource());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (IOException ignored) {
        // a temp dir left behind is harmless
      }
    }
  }
}
