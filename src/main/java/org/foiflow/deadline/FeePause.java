package org.foiflow.deadline;

import java.time.LocalDate;

/**
 * A fees notice and the day the fee arrived. FOIA s.10(2): the working days in the period
 * beginning with the day the notice is given and ending with the day the fee is received are not
 * counted; both days are inside the pause.
 */
public record FeePause(LocalDate noticeGiven, LocalDate feeReceived) {

  public FeePause {
    if (noticeGiven == null || feeReceived == null) {
      throw new IllegalArgumentException("a fee pause needs the notice date and the payment date");
    }
    if (feeReceived.isBefore(noticeGiven)) {
      throw new IllegalArgumentException(
          "fee received (" + feeReceived + ") before the notice was given (" + noticeGiven + ")");
    }
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(noticeGiven) && !date.isAfter(feeReceived);
  }
}
