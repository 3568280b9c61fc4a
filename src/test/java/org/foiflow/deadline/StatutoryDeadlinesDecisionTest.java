package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.regex.Pattern;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The DMN regime table: a row for every regime, saying what the clock tests assume. */
class StatutoryDeadlinesDecisionTest {

  private static Map<Regime, RegimeRules> rules;

  @BeforeAll
  static void evaluateTheTable() {
    rules = StatutoryDeadlinesDecision.rulesForEveryRegime();
  }

  @Test
  void aTableWithoutARowForARegimeIsRefused() throws IOException {
    String table;
    try (InputStream dmn = getClass().getClassLoader().getResourceAsStream("statutory-deadlines.dmn")) {
      table = new String(dmn.readAllBytes(), StandardCharsets.UTF_8);
    }
    String withoutIreland = Pattern.compile("<rule [^>]*>(?:(?!</rule>).)*?<text>\"IE_FOI\"</text>.*?</rule>", Pattern.DOTALL)
        .matcher(table).replaceFirst("");
    assertThat(withoutIreland).isNotEqualTo(table);

    assertThatThrownBy(() -> StatutoryDeadlinesDecision.rulesForEveryRegime(
            new ByteArrayInputStream(withoutIreland.getBytes(StandardCharsets.UTF_8))))
        .hasMessageContaining("has no row for regime IE_FOI");
  }

  @Test
  void tableSaysWhatTheClockTestsAssume() {
    for (Regime regime : Regime.values()) {
      assertThat(rules.get(regime)).as(regime.name()).isEqualTo(ClockFixture.RULES.get(regime));
    }
  }

  @Test
  void tableHasExactlyOneRowPerRegimeAndDiagramInformation() throws IOException {
    String dmn = resource();
    assertThat(dmn).contains("id=\"statutory-deadlines\"").contains("hitPolicy=\"UNIQUE\"");
    for (Regime regime : Regime.values()) {
      assertThat(Pattern.compile("<inputEntry[^>]*>\\s*<text>\"" + regime.name() + "\"</text>")
              .matcher(dmn).results().count())
          .as(regime.name())
          .isEqualTo(1);
    }
    assertThat(Pattern.compile("<rule ").matcher(dmn).results().count())
        .isEqualTo(Arrays.stream(Regime.values()).count());
    assertThat(dmn)
        .contains("<dmndi:DMNDiagram")
        .contains("<dmndi:DMNShape id=\"statutory-deadlines-shape\" dmnElementRef=\"statutory-deadlines\">");
  }

  private static String resource() throws IOException {
    try (InputStream in =
        StatutoryDeadlinesDecision.class.getClassLoader().getResourceAsStream(StatutoryDeadlinesDecision.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
