package org.foiflow.contract;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the authority did, as recorded on "Record the authority's response" (variable {@code
 * response}, the form's options and the diagram's routing), and what each answer means.
 */
public enum Response {
  IN_FULL(Meaning.DISCLOSES),
  IN_PART(Meaning.DISCLOSES, Meaning.OPENS_REVIEW),
  REFUSED(Meaning.OPENS_REVIEW),
  NOT_HELD(Meaning.OPENS_REVIEW),
  /** Nothing by the due date: the requester may ask for a review (FOIA s.50 after s.10 breach). */
  NO_RESPONSE(Meaning.OPENS_REVIEW),
  /** FOIA s.1(3): a new full period runs from the clarification. */
  CLARIFICATION_REQUESTED(Meaning.RESTARTS_CLOCK),
  /** FOIA s.10(2), EIR reg 8, FOISA s.9: the clock stops until the fee is paid. */
  FEES_NOTICE(Meaning.PAUSES_CLOCK),
  /** FOIA s.10(3). */
  PUBLIC_INTEREST_EXTENSION(Meaning.EXTENDS_CLOCK),
  /** EIR reg 7(1). */
  EIR_EXTENSION(Meaning.EXTENDS_CLOCK),
  ACKNOWLEDGED(),
  WITHDRAWN(Meaning.CLOSES);

  /** The kinds of consequence an answer has. */
  public enum Meaning { DISCLOSES, OPENS_REVIEW, RESTARTS_CLOCK, PAUSES_CLOCK, EXTENDS_CLOCK, CLOSES }

  private final Set<Meaning> meanings;

  Response(Meaning... meanings) {
    this.meanings = meanings.length == 0 ? Set.of() : EnumSet.copyOf(List.of(meanings));
  }

  /** The authority gave information, in full or in part: figures may be recorded. */
  public boolean discloses() {
    return meanings.contains(Meaning.DISCLOSES);
  }

  /** The requester may ask for an internal review (FOIA s.45 code, EIR reg 11, FOISA s.20). */
  public boolean opensReview() {
    return meanings.contains(Meaning.OPENS_REVIEW);
  }

  /** All the information asked for: nothing is left to review, the request closes. */
  public boolean disclosesInFull() {
    return discloses() && !opensReview();
  }

  /** The requester withdrew: the request closes without an answer. */
  public boolean closes() {
    return meanings.contains(Meaning.CLOSES);
  }

  public boolean pausesClock() {
    return meanings.contains(Meaning.PAUSES_CLOCK);
  }

  public boolean restartsClock() {
    return meanings.contains(Meaning.RESTARTS_CLOCK);
  }

  public boolean extendsClock() {
    return meanings.contains(Meaning.EXTENDS_CLOCK);
  }

  /** An answer to the request itself (for statistics), as opposed to a step along the way. */
  public boolean answers() {
    return this == IN_FULL || this == IN_PART || this == REFUSED || this == NOT_HELD;
  }

  /** The response a stored code names, or null for none or an unknown code. */
  public static Response of(Object code) {
    if (code == null) {
      return null;
    }
    for (Response response : values()) {
      if (response.name().equals(code.toString())) {
        return response;
      }
    }
    return null;
  }
}
