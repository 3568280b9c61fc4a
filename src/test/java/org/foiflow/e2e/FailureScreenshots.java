package org.foiflow.e2e;

import java.util.function.Supplier;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/** On a failed browser test, saves what the browser showed and its HTML, named after the test. */
final class FailureScreenshots implements TestExecutionExceptionHandler {

  private final String prefix;
  private final Supplier<Browser> browser;

  FailureScreenshots(String prefix, Supplier<Browser> browser) {
    this.prefix = prefix;
    this.browser = browser;
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    if (browser.get() != null) {
      browser.get().recordFailure(prefix + context.getRequiredTestMethod().getName());
    }
    throw failure;
  }
}
