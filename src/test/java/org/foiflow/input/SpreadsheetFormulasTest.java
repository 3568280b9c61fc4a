package org.foiflow.input;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetFormulasTest {

  @Test
  void prefixesTextThatStartsAFormulaAndLeavesTheRest() {
    for (String formula : new String[] {"=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"}) {
      assertThat(SpreadsheetFormulas.asText(formula)).isEqualTo("'" + formula);
    }
    for (String text : new String[] {"Home Office", "a=b", " =1", "'=1", "", "[{\"label\":\"=1\"}]"}) {
      assertThat(SpreadsheetFormulas.asText(text)).isEqualTo(text);
    }
    assertThat(SpreadsheetFormulas.asText(null)).isNull();
  }
}
