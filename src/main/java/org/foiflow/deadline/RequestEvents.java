package org.foiflow.deadline;

import java.time.LocalDate;

/**
 * What has happened to a request that moves its response clock: the day it was received, the
 * day a clarification was received (if one was asked for) and a fee pause (if a fees notice was
 * paid). {@code clarified} and {@code feePause} may be null.
 */
public record RequestEvents(LocalDate received, LocalDate clarified, FeePause feePause) {

  public RequestEvents {
    if (received == null) {
      throw new IllegalArgumentException("the date of receipt is required");
    }
    if (clarified != null && clarified.isBefore(received)) {
      throw new IllegalArgumentException(
          "clarification (" + clarified + ") before receipt (" + received + ")");
    }
    if (feePause != null && feePause.noticeGiven().isBefore(received)) {
      throw new IllegalArgumentException(
          "fees notice (" + feePause.noticeGiven() + ") before receipt (" + received + ")");
    }
  }

  public static RequestEvents receivedOn(LocalDate received) {
    return new RequestEvents(received, null, null);
  }

  public RequestEvents clarifiedOn(LocalDate date) {
    return new RequestEvents(received, date, feePause);
  }

  public RequestEvents withFeePause(FeePause pause) {
    return new RequestEvents(received, clarified, pause);
  }

  /**
   * Day 0 of the response period: FOIA s.1(3)/s.10(6)(b), EIR reg 9(4), FOISA s.10(1)(b): a
   * clarification starts a new full period from its receipt.
   */
  public LocalDate clockStart() {
    return clarified != null ? clarified : received;
  }
}
