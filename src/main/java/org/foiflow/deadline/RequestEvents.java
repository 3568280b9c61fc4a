package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What has happened to a request that moves its response clock: the day it was received, the
 * day a clarification was received (if one was asked for) and the fee pauses (each fees notice
 * that was paid). {@code clarified} may be null; {@code feePauses} may be empty.
 */
public record RequestEvents(LocalDate received, LocalDate clarified, List<FeePause> feePauses) {

  public RequestEvents {
    if (received == null) {
      throw new IllegalArgumentException("the date of receipt is required");
    }
    if (clarified != null && clarified.isBefore(received)) {
      throw new IllegalArgumentException(
          "clarification (" + clarified + ") before receipt (" + received + ")");
    }
    feePauses = feePauses == null ? List.of() : List.copyOf(feePauses);
    for (FeePause pause : feePauses) {
      if (pause.noticeGiven().isBefore(received)) {
        throw new IllegalArgumentException(
            "fees notice (" + pause.noticeGiven() + ") before receipt (" + received + ")");
      }
    }
  }

  public static RequestEvents receivedOn(LocalDate received) {
    return new RequestEvents(received, null, List.of());
  }

  public RequestEvents clarifiedOn(LocalDate date) {
    return new RequestEvents(received, date, feePauses);
  }

  /** Another paid fees notice; one already known is not counted twice. */
  public RequestEvents withFeePause(FeePause pause) {
    if (feePauses.contains(pause)) {
      return this;
    }
    List<FeePause> pauses = new ArrayList<>(feePauses);
    pauses.add(pause);
    return new RequestEvents(received, clarified, pauses);
  }

  /** FOIA s.10(2), FOISA s.10(2), EIR reg 8: a day inside any fee pause does not count. */
  public boolean isPaused(LocalDate day) {
    return feePauses.stream().anyMatch(pause -> pause.contains(day));
  }

  /**
   * Day 0 of the response period: FOIA s.1(3)/s.10(6)(b), EIR reg 9(4), FOISA s.10(1)(b): a
   * clarification starts a new full period from its receipt.
   */
  public LocalDate clockStart() {
    return clarified != null ? clarified : received;
  }
}
