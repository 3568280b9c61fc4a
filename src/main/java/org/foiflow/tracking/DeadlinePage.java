package org.foiflow.tracking;

/**
 * Which slice of the open requests, earliest deadline first, to list: Camunda's REST paging
 * parameters (firstResult, maxResults), so scripts page this list like /engine-rest. Without them
 * the first {@value #DEFAULT_SIZE} come back: all of them at once would be megabytes with many
 * open requests.
 */
public record DeadlinePage(int firstResult, int maxResults) {

  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;

  /** A paging parameter that is not a number in range; its message goes back to the caller. */
  static final class InvalidParameter extends RuntimeException {
    InvalidParameter(String message) {
      super(message, null, false, false);
    }
  }

  static DeadlinePage parse(String firstResult, String maxResults) {
    return new DeadlinePage(
        number("firstResult", firstResult, 0, 0, Integer.MAX_VALUE),
        number("maxResults", maxResults, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  /** The page after this one, or null when this one reaches the end of the list. */
  DeadlinePage next(long total) {
    long end = (long) firstResult + maxResults;
    return end < total && end <= Integer.MAX_VALUE ? new DeadlinePage((int) end, maxResults) : null;
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    String range = min + " to " + max;
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // the same message as out of range, below
    }
    String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
    throw new InvalidParameter(name + ": " + shown + " is not a whole number from " + range);
  }
}
