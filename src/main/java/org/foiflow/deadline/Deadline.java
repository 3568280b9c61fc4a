package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.List;

/**
 * A computed due date.
 *
 * @param clockStart day 0: the day of receipt (or of the clarification), moved to the next
 *     working day only where that option is on
 * @param due the last day on which the act is in time
 * @param workingDays the working days counted after day 0 up to and including {@code due}
 * @param skipped the weekdays between day 0 and {@code due} that are not working days, with the
 *     holiday's name
 * @param pausedWorkingDays working days not counted because of a fee pause
 */
public record Deadline(
    LocalDate clockStart,
    LocalDate due,
    int workingDays,
    List<NonWorkingDay> skipped,
    int pausedWorkingDays,
    LocalDate outerLimit) {

  public Deadline {
    skipped = List.copyOf(skipped);
  }

  /** The same deadline with the latest the answer may lawfully come (schools without terms), or null. */
  public Deadline withOuterLimit(LocalDate limit) {
    return new Deadline(clockStart, due, workingDays, skipped, pausedWorkingDays, limit);
  }
}
