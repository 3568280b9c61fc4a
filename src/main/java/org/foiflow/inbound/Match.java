package org.foiflow.inbound;

/**
 * Where a message belongs: its request and why, or the holding pen and why.
 *
 * @param reference the request, null when held
 * @param reason in words, kept with the message
 * @param guesses for a held message, the requests it may belong to and why; else null
 */
record Match(String reference, String reason, String guesses) {

  static Match to(String reference, String reason) {
    return new Match(reference, reason, null);
  }

  static Match held(String reason, String guesses) {
    return new Match(null, reason, guesses);
  }

  boolean matched() {
    return reference != null;
  }
}
