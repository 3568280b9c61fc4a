package org.foiflow.e2e;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * The browser a test class drives, registered as a static extension: the class is skipped when
 * Chromium is missing; one browser serves all its tests (one Chromium start); a failed test leaves
 * a screenshot and the page's HTML in target/e2e-screenshots/; the engine clock is reset after
 * each test and the browser closed after the class.
 */
final class BrowserSession implements BeforeAllCallback, AfterEachCallback, AfterAllCallback, TestExecutionExceptionHandler {

  private final String failurePrefix;
  private Browser browser;

  /** {@code failurePrefix}: the start of a failed test's screenshot name, e.g. "failed-batch-". */
  BrowserSession(String failurePrefix) {
    this.failurePrefix = failurePrefix;
  }

  /** The class's browser, opened on first use against the test's server. */
  Browser at(int port) {
    if (browser == null) {
      browser = new Browser("http://127.0.0.1:" + port);
    }
    return browser;
  }

  /** Closes the browser, so that the next {@link #at} starts afresh (no login, no cookies). */
  void close() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    String missing = Browser.missing();
    Assumptions.assumeTrue(missing == null, missing);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    if (browser != null) {
      try {
        browser.recordFailure(failurePrefix + context.getRequiredTestMethod().getName());
      } catch (RuntimeException unrecorded) {
        failure.addSuppressed(unrecorded);
      }
    }
    throw failure;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    ClockUtil.reset();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    close();
  }
}
