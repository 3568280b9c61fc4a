package org.foiflow.contract;

/**
 * Withdrawing a request for a person: the engine door (org.foiflow.security) asks, the request
 * capability (org.foiflow.request) answers, and neither depends on the other.
 */
public interface Withdrawals {

  /** What happened; NOT_YOURS is also the answer for a reference that does not exist. */
  enum Result { WITHDRAWN, NOT_YOURS, CANNOT_NOW }

  Result withdraw(String reference, String userId, boolean mayWithdrawAny);
}
