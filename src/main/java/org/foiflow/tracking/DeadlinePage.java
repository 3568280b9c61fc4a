package org.foiflow.tracking;

import org.foiflow.input.InvalidParameter;
import org.foiflow.input.SentValue;


/**
 * Which slice of the open requests, earliest deadline first, to list: Camunda's REST paging
 * parameters (firstResult, maxResults), so scripts page this list like /engine-rest. Without them
 * the first {@value #DEFAULT_SIZE} come back: all of them at once would be megabytes with many
 * open requests.
 */
public record DeadlinePage(int firstResult, int maxResults) {

  static final int DEFAULT_SIZE = 100;
  static final int MAX_SIZE = 1000;


  public static DeadlinePage parse(String firstResult, String maxResults) {
    return new DeadlinePage(
        number("firstResult", firstResult, 0, 0, Integer.MAX_VALUE),
        number("maxResults", maxResults, DEFAULT_SIZE, 1, MAX_SIZE));
  }

  /** The page after this one, or null when this one reaches the end of the list. */
  public DeadlinePage next(long total) {
    long end = (long) firstResult + maxResults;
    return end < total && end <= Integer.MAX_VALUE ? new DeadlinePage((int) end, maxResults) : null;
  }

  private static int number(String name, String value, int absent, int min, int max) {
    if (value == null) {
      return absent;
    }
    String range = min + " to " + max;
    // Bounded as text before converting, like every number taken from a request.
    String digits = value.trim();
    if (digits.matches("\\d{1,10}")) {
      long number = Long.parseLong(digits);
      if (number >= min && number <= max) {
        return (int) number;
      }
    }
    throw new InvalidParameter(name + ": " + SentValue.quoted(value) + " is not a whole number from " + range);
  }
}
