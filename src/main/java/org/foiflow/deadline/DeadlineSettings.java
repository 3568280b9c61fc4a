package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operator choices for the clock, under {@code foiflow.deadlines}.
 *
 * @param receiptOnNonWorkingDayMovesToNextWorkingDay off (default): the day of receipt is day 0
 *     whatever day it is (ICO guidance). On: one reading of the 2018 s.45 Code of Practice, a
 *     request (or clarification) received on a non-working day is treated as received on the next
 *     working day, which makes such deadlines one working day later. Applies to UK_FOIA, UK_EIR
 *     and UK_SCHOOL only.
 * @param schoolTerms the school's terms, for UK_SCHOOL's "20th school day"; a school day is a
 *     working day inside a term. Empty: no school calendar, the 60th working day applies.
 */
@ConfigurationProperties(prefix = "foiflow.deadlines")
public record DeadlineSettings(
    boolean receiptOnNonWorkingDayMovesToNextWorkingDay, List<SchoolTerm> schoolTerms) {

  /** First and last day of a school term, both included. */
  public record SchoolTerm(LocalDate firstDay, LocalDate lastDay) {
    public SchoolTerm {
      if (firstDay == null || lastDay == null || lastDay.isBefore(firstDay)) {
        throw new IllegalArgumentException(
            "foiflow.deadlines.school-terms: a term needs first-day <= last-day");
      }
    }

    boolean contains(LocalDate date) {
      return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }
  }

  public DeadlineSettings {
    schoolTerms = schoolTerms == null ? List.of() : List.copyOf(schoolTerms);
  }

  public static DeadlineSettings defaults() {
    return new DeadlineSettings(false, List.of());
  }
}
