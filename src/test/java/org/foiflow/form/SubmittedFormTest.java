package org.foiflow.form;

import org.foiflow.input.SentValue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubmittedFormTest {

  @Test
  void quotesWhatWasSentOnOneLineAndCutsItShort() {
    assertThat(SentValue.quoted("UK_FOI")).isEqualTo("'UK_FOI'");
    assertThat(SentValue.quoted("a\r\nb\tc")).isEqualTo("'a??b?c'");
    assertThat(SentValue.quoted("x".repeat(2_000_000))).isEqualTo("'" + "x".repeat(80) + "…'");
    assertThat(SentValue.quoted("x".repeat(79) + "😀")).isEqualTo("'" + "x".repeat(79) + "…'");
  }

  @Test
  void echoesAtMostEightyCharactersOfAValue() {
    String huge = "z".repeat(100_000);
    SubmittedForm form =
        new SubmittedForm(
            Map.of("regime", huge, "email", "z".repeat(250), "date", "2025-13-01T" + huge),
            Map.of(), LocalDate.of(2025, 1, 1));
    form.requireOneOf("regime", "Regime", Set.of("UK_FOIA"));
    form.requireEmail("email", "Email");
    form.optionalDate("date", "Date");
    assertThat(form.problems()).hasSize(3).allSatisfy(problem -> assertThat(problem.length()).isLessThan(160));
  }

  @Test
  void summarisesTenProblemsAndCountsTheRest() {
    SubmittedForm form = new SubmittedForm(Map.of(), Map.of(), LocalDate.of(2025, 1, 1));
    form.problem("a", "is wrong");
    assertThat(form.summary()).isEqualTo("a: is wrong");
    for (int n = 2; n <= 250; n++) {
      form.problem("a" + n, "is wrong");
    }
    assertThat(form.summary()).startsWith("a: is wrong; a2: is wrong;").endsWith("; a10: is wrong; and 240 more");
  }
}
