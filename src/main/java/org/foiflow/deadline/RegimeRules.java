package org.foiflow.deadline;

import org.foiflow.contract.Regime;

/**
 * One row of statutory-deadlines.dmn: a regime's calendar, periods and windows. A null component
 * means the regime has no such rule (the shared reference gives none).
 *
 * @param responseWorkingDays the response is due on this working day after receipt
 * @param responseSchoolDays where set (schools), the response is due on the earlier of this school
 *     day and the {@code responseWorkingDays}th working day
 * @param extensionWorkingDays how many working days an extension may add to the response due date
 * @param extensionRule where that limit comes from, for people reading a flag
 */
public record RegimeRules(
    Regime regime,
    Jurisdiction calendar,
    int responseWorkingDays,
    Integer responseSchoolDays,
    Integer extensionWorkingDays,
    String extensionRule,
    StatutoryPeriod reviewRequestWindow,
    StatutoryPeriod reviewResponse,
    StatutoryPeriod reviewResponseMax,
    StatutoryPeriod regulatorComplaintWindow,
    StatutoryPeriod regulatorNoReviewWait,
    StatutoryPeriod tribunalWindow,
    StatutoryPeriod feeLapse) {

  public RegimeRules {
    if (regime == null || calendar == null || responseWorkingDays <= 0) {
      throw new IllegalArgumentException(
          "a regime row needs a regime, a calendar and a positive responseWorkingDays: " + regime);
    }
    if ((extensionWorkingDays == null) != (extensionRule == null)) {
      throw new IllegalArgumentException(regime + ": extensionWorkingDays and extensionRule go together");
    }
  }

}
