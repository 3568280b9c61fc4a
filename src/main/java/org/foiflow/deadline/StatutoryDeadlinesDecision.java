package org.foiflow.deadline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;

/**
 * Reads the regime table, the DMN decision {@code statutory-deadlines} (the shipped {@code
 * classpath:statutory-deadlines.dmn}, or a version deployed later: {@link DeployedRegimeTable}),
 * with Camunda's standalone DMN engine: one evaluation per {@link Regime}, turned into plain
 * {@link RegimeRules}.
 */
public final class StatutoryDeadlinesDecision {

  static final String RESOURCE = "statutory-deadlines.dmn";
  static final String DECISION_ID = "statutory-deadlines";

  private StatutoryDeadlinesDecision() {}

  /** The shipped table's rows; fails (at start-up) when a regime has no row or a cell is malformed. */
  public static Map<Regime, RegimeRules> rulesForEveryRegime() {
    try (InputStream dmn =
        StatutoryDeadlinesDecision.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (dmn == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      return rulesForEveryRegime(dmn);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The rows of a table read from {@code dmn}; fails when a regime has no row or a cell is malformed. */
  static Map<Regime, RegimeRules> rulesForEveryRegime(InputStream dmn) {
    DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    DmnDecision decision = engine.parseDecision(DECISION_ID, dmn);
    Map<Regime, RegimeRules> rules = new EnumMap<>(Regime.class);
    for (Regime regime : Regime.values()) {
      DmnDecisionResultEntries row =
          engine
              .evaluateDecision(decision, Variables.createVariables().putValue(RequestVariables.REGIME.name(), regime.name()))
              .getSingleResult();
      if (row == null) {
        throw new IllegalStateException(RESOURCE + " has no row for regime " + regime);
      }
      rules.put(regime, toRules(regime, row));
    }
    return rules;
  }

  private static RegimeRules toRules(Regime regime, DmnDecisionResultEntries result) {
    // An empty cell produces no entry at all.
    Map<String, Object> row = result.getEntryMap();
    try {
      return new RegimeRules(
          regime,
          Jurisdiction.valueOf(text(row, "calendar")),
          required(number(row, "responseWorkingDays"), "responseWorkingDays"),
          number(row, "responseSchoolDays"),
          number(row, "extensionWorkingDays"),
          text(row, "extensionRule"),
          StatutoryPeriod.parse(text(row, "reviewRequestWindow")),
          StatutoryPeriod.parse(text(row, "reviewResponse")),
          StatutoryPeriod.parse(text(row, "reviewResponseMax")),
          StatutoryPeriod.parse(text(row, "regulatorComplaintWindow")),
          StatutoryPeriod.parse(text(row, "regulatorNoReviewWait")),
          StatutoryPeriod.parse(text(row, "tribunalWindow")),
          StatutoryPeriod.parse(text(row, "feeLapse")));
    } catch (RuntimeException e) {
      throw new IllegalStateException(RESOURCE + ", row " + regime + ": " + e.getMessage(), e);
    }
  }

  private static int required(Integer value, String column) {
    if (value == null) {
      throw new IllegalArgumentException(column + " is empty");
    }
    return value;
  }

  private static Integer number(Map<String, Object> row, String column) {
    Number value = (Number) row.get(column);
    return value == null ? null : value.intValue();
  }

  private static String text(Map<String, Object> row, String column) {
    return (String) row.get(column);
  }
}
