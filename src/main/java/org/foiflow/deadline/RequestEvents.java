package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.foiflow.deadline.DeadlineSettings.SchoolTerm;

/**
 * What has happened to a request that moves its response clock: the day it was received, the
 * day a clarification was received (if one was asked for) and the fee pauses (each fees notice
 * that was paid); for a school, its authority's terms when the directory has them.
 * {@code clarified} may be null; {@code feePauses} and {@code schoolTerms} may be empty (no
 * terms of its own: the school terms setting applies).
 */
public record RequestEvents(
    LocalDate received, LocalDate clarified, List<FeePause> feePauses, List<SchoolTerm> schoolTerms) {

  public RequestEvents(LocalDate received, LocalDate clarified, List<FeePause> feePauses) {
    this(received, clarified, feePauses, List.of());
  }

  public RequestEvents {
    if (received == null) {
      throw new IllegalArgumentException("the date of receipt is required");
    }
    if (clarified != null && clarified.isBefore(received)) {
      throw new IllegalArgumentException(
          "clarification (" + clarified + ") before receipt (" + received + ")");
    }
    feePauses = feePauses == null ? List.of() : List.copyOf(feePauses);
    schoolTerms = schoolTerms == null ? List.of() : List.copyOf(schoolTerms);
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
    return new RequestEvents(received, date, feePauses, schoolTerms);
  }

  /** Another paid fees notice; one already known is not counted twice. */
  public RequestEvents withFeePause(FeePause pause) {
    if (feePauses.contains(pause)) {
      return this;
    }
    List<FeePause> pauses = new ArrayList<>(feePauses);
    pauses.add(pause);
    return new RequestEvents(received, clarified, pauses, schoolTerms);
  }

  /** The school's own terms (SI 2004/3364: the school's days), used instead of the setting. */
  public RequestEvents withSchoolTerms(List<SchoolTerm> terms) {
    return new RequestEvents(received, clarified, feePauses, terms);
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
