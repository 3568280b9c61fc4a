package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.Map;

/** Holidays computed by rule (Easter-based days, n-th Mondays, substitute days) for any year. */
public interface HolidayRules {

  /** The holidays of one division falling in one calendar year, by date, with their names. */
  Map<LocalDate, String> holidaysIn(Division division, int year);
}
