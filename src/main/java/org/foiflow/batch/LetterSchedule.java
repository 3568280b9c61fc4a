package org.foiflow.batch;

import java.time.Duration;
import java.time.Instant;

/**
 * When each letter of a batch goes: the first at once, then one every interval, in the members'
 * order. A member started late (after a crash, say) sends its letter when it is started, not in
 * the past, so that its day 0 is the day the letter really goes.
 */
record LetterSchedule(Instant filed, Duration interval) {

  Instant sendAt(int position, Instant now) {
    Instant turn = filed.plus(interval.multipliedBy(position));
    return turn.isBefore(now) ? now : turn;
  }
}
