package org.foiflow.deadline;

import static org.foiflow.deadline.StatutoryPeriod.parse;

import java.util.List;
import java.util.Map;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.OneOffHolidays.OneOffHoliday;

/**
 * Clocks for unit tests, built without Spring or Camunda. {@link #RULES} is the regime table as
 * the tests expect it; StatutoryDeadlinesDecisionTest checks that the DMN says exactly this.
 */
final class ClockFixture {

  private static final String PIT =
      "FOIA s.10(3): reasonable in the circumstances; ICO guidance: normally no more than a further 20 working days";

  static final Map<Regime, RegimeRules> RULES =
      Map.of(
          Regime.UK_FOIA,
          new RegimeRules(Regime.UK_FOIA, Jurisdiction.UNITED_KINGDOM, 20, null, 20, PIT,
              parse("40WD"), parse("20WD"), parse("40WD"), parse("6W"), parse("40WD"), parse("28D"), parse("3M")),
          Regime.UK_EIR,
          new RegimeRules(Regime.UK_EIR, Jurisdiction.UNITED_KINGDOM, 20, null, 20,
              "EIR reg 7(1): complex and voluminous, up to 40 working days after receipt",
              parse("40WD"), parse("40WD"), null, parse("6W"), parse("40WD"), parse("28D"), parse("60WD")),
          Regime.SCOTLAND_FOISA,
          new RegimeRules(Regime.SCOTLAND_FOISA, Jurisdiction.SCOTLAND, 20, null, null, null,
              parse("40WD"), parse("20WD"), null, parse("6M"), null, null, parse("3M")),
          Regime.SCOTLAND_EIR,
          new RegimeRules(Regime.SCOTLAND_EIR, Jurisdiction.SCOTLAND, 20, null, 20,
              "EISR reg 7(1): complex and voluminous, up to 40 working days after receipt",
              parse("40WD"), parse("20WD"), null, parse("6M"), null, null, null),
          Regime.UK_SCHOOL,
          new RegimeRules(Regime.UK_SCHOOL, Jurisdiction.UNITED_KINGDOM, 60, 20, 20, PIT,
              parse("40WD"), parse("20WD"), parse("40WD"), parse("6W"), parse("40WD"), parse("28D"), parse("3M")),
          Regime.US_FOIA,
          new RegimeRules(Regime.US_FOIA, Jurisdiction.US_FEDERAL, 20, null, 10,
              "5 U.S.C. 552(a)(6)(B)(i): unusual circumstances, up to 10 more working days",
              parse("90D"), parse("20WD"), null, null, null, null, null),
          Regime.IE_FOI,
          new RegimeRules(Regime.IE_FOI, Jurisdiction.IRELAND, 20, null, 20,
              "FOI Act 2014 (IE) s.14: up to 4 more weeks",
              parse("20WD"), parse("15WD"), null, null, null, null, null));

  static final BankHolidayTable TABLE = BankHolidayTable.official();
  static final JollydayHolidayRules JOLLYDAY = new JollydayHolidayRules();

  private ClockFixture() {}

  static StatutoryClock clock() {
    return clock(DeadlineSettings.defaults());
  }

  static StatutoryClock clock(DeadlineSettings settings) {
    return new StatutoryClock(RULES, new BankHolidayRegister(TABLE, JOLLYDAY, List.of()), settings);
  }

  static StatutoryClock clock(List<OneOffHoliday> oneOff) {
    return new StatutoryClock(
        RULES, new BankHolidayRegister(TABLE, JOLLYDAY, oneOff), DeadlineSettings.defaults());
  }

  static StatutoryClock clock(HolidayRules rules) {
    return new StatutoryClock(
        RULES, new BankHolidayRegister(TABLE, rules, List.of()), DeadlineSettings.defaults());
  }
}
