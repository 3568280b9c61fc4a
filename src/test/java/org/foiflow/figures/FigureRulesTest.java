package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.contract.Response;
import org.foiflow.form.SubmittedForm;
import org.junit.jupiter.api.Test;

class FigureRulesTest {

  private static final Map<String, Object> KNOWN =
      Map.of("reference", "FOI-2025-0001", "authorityName", "Home Office", "responseDate", "2025-03-20");

  private final FigureRules rules = new FigureRules();

  private static Map<String, Object> tipOffs() {
    Map<String, Object> figure = new HashMap<>();
    figure.put("metric", " Tip-offs from MPs ");
    figure.put("value", 482);
    figure.put("unit", "tip-offs");
    figure.put("periodFrom", "2014-01-01");
    figure.put("periodTo", "2016-12-31");
    figure.put("breakdown", List.of(Map.of("label", "2014", "value", "150.5"), Map.of("label", "", "value", "")));
    figure.put("sourceDocument", "Response letter");
    figure.put("sourcePage", "2");
    return figure;
  }

  private SubmittedForm form(Object figures) {
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("figures", figures);
    return new SubmittedForm(submitted, KNOWN, LocalDate.of(2025, 3, 20));
  }

  @Test
  void readsAFigureWithItsBreakdownAndTheRequestItBelongsTo() {
    SubmittedForm form = form(List.of(tipOffs()));

    List<Figure> figures = rules.check(form, Response.IN_FULL);

    assertThat(form.problems()).isEmpty();
    assertThat(figures).containsExactly(
        new Figure("FOI-2025-0001", "Home Office", "Tip-offs from MPs", new BigDecimal("482"), "tip-offs",
            LocalDate.of(2014, 1, 1), LocalDate.of(2016, 12, 31),
            List.of(new Figure.Breakdown("2014", new BigDecimal("150.5"))),
            "Response letter", "2", null, LocalDate.of(2025, 3, 20)));
  }

  @Test
  void readsTheJsonVariableThatTasklistAndRestSend() {
    String json = "[{\"metric\":\"Tip-offs from MPs\",\"value\":0.25,\"unit\":\"%\","
        + "\"periodFrom\":\"2014-01-01\",\"periodTo\":\"2014-01-01\",\"breakdown\":[{\"label\":\"\",\"value\":null}]},"
        + "{\"metric\":\"\",\"value\":null,\"breakdown\":[]}]";

    for (Object figures : List.of(json, Spin.JSON(json))) {
      SubmittedForm form = form(figures);
      List<Figure> read = rules.check(form, Response.IN_PART);
      assertThat(form.problems()).isEmpty();
      assertThat(read).singleElement().satisfies(figure -> {
        assertThat(figure.metric()).isEqualTo("Tip-offs from MPs");
        assertThat(figure.value()).isEqualByComparingTo("0.25");
        assertThat(figure.breakdown()).isEmpty();
      });
    }
  }

  @Test
  void takesTheBreakdownAsLinesOfLabelAndValueAsTheFormSendsIt() {
    Map<String, Object> figure = tipOffs();
    figure.put("breakdown", "2014: 151\n\nApr-Jun 2015 : 162.5\r\nno value here\n");
    SubmittedForm form = form(List.of(figure));

    List<Figure> figures = rules.check(form, Response.IN_FULL);

    assertThat(form.problems())
        .containsExactly("figures[1].breakdown[4].value: Figure 1: breakdown row 4 value is required");
    figure.put("breakdown", "2014: 151\n\nApr-Jun 2015 : 162.5\n");
    form = form(List.of(figure));
    figures = rules.check(form, Response.IN_FULL);
    assertThat(form.problems()).isEmpty();
    assertThat(figures.get(0).breakdown()).containsExactly(
        new Figure.Breakdown("2014", new BigDecimal("151")), new Figure.Breakdown("Apr-Jun 2015", new BigDecimal("162.5")));
  }

  @Test
  void readsTheFigureGroupsOfTheTasklistForm() {
    Map<String, Object> second = tipOffs();
    second.remove("unit");
    Map<String, Object> submitted = new HashMap<>();
    submitted.put("figure1", tipOffs());
    submitted.put("figure2", Spin.JSON("{\"metric\":\"\",\"unit\":\"\"}"));
    submitted.put("figure3", second);
    SubmittedForm form = new SubmittedForm(submitted, KNOWN, LocalDate.of(2025, 3, 20));

    assertThat(rules.check(form, Response.IN_PART)).isEmpty();
    assertThat(form.problems())
        .containsExactly("figure3.unit: Figure 3: unit is required (e.g. tip-offs, pounds, officers)");

    submitted.remove("figure3");
    form = new SubmittedForm(submitted, KNOWN, LocalDate.of(2025, 3, 20));
    assertThat(rules.check(form, Response.IN_PART)).extracting(Figure::metric).containsExactly("Tip-offs from MPs");
  }

  @Test
  void namesEveryMistakeOfEveryFigure() {
    Map<String, Object> notANumber = tipOffs();
    notANumber.put("value", "lots");
    notANumber.put("unit", " ");
    Map<String, Object> backwards = tipOffs();
    backwards.put("periodTo", "2013-12-31");
    backwards.put("breakdown", List.of(Map.of("label", "2014", "value", "1,000")));
    SubmittedForm form = form(List.of(notANumber, backwards));

    assertThat(rules.check(form, Response.IN_FULL)).isEmpty();
    assertThat(form.problems()).containsExactly(
        "figures[1].value: Figure 1: value 'lots' is not a number like 1234.5",
        "figures[1].unit: Figure 1: unit is required (e.g. tip-offs, pounds, officers)",
        "figures[2].periodTo: Figure 2: the period ends before it starts",
        "figures[2].breakdown[1].value: Figure 2: breakdown row 1 value '1,000' is not a number like 1234.5");
  }

  @Test
  void showsWhatWasSentAsSentNeverAsPartOfTheMessage() {
    Map<String, Object> figure = tipOffs();
    figure.put("value", "{name}${1+1}");
    figure.put("periodFrom", "{max}");
    SubmittedForm form = form(List.of(figure));

    rules.check(form, Response.IN_FULL);

    assertThat(form.problems()).containsExactly(
        "figures[1].value: Figure 1: value '{name}${1+1}' is not a number like 1234.5",
        "figures[1].periodFrom: Figure 1: period from '{max}' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)");
  }

  @Test
  void requiresMetricPeriodAndBreakdownLabels() {
    SubmittedForm form = form(List.of(Map.of("value", 3, "unit", "x", "breakdown", List.of(Map.of("value", 3)))));

    rules.check(form, Response.IN_FULL);

    assertThat(form.problems()).containsExactly(
        "figures[1].metric: Figure 1: metric is required",
        "figures[1].periodFrom: Figure 1: period from is required",
        "figures[1].periodTo: Figure 1: period to is required",
        "figures[1].breakdown[1].label: Figure 1: breakdown row 1 needs a label (e.g. 2015, Wales)");
  }

  @Test
  void aBreakdownRowThatIsNotALabelAndValueIsNamed() {
    Map<String, Object> figure = tipOffs();
    figure.put("breakdown", List.of(List.of(1)));
    SubmittedForm form = form(List.of(figure));

    rules.check(form, Response.IN_FULL);

    assertThat(form.problems()).containsExactly(
        "figures[1].breakdown[1].label: Figure 1: breakdown row 1 needs a label (e.g. 2015, Wales)",
        "figures[1].breakdown[1].value: Figure 1: breakdown row 1 value is required");
  }

  @Test
  void onlyAResponseThatDisclosesCarriesFigures() {
    SubmittedForm refused = form(List.of(tipOffs()));
    assertThat(rules.check(refused, Response.REFUSED)).isEmpty();
    assertThat(refused.problems())
        .containsExactly("figures: Figures can only be recorded with information provided in full or in part");

    SubmittedForm empty = form("[{}]");
    assertThat(rules.check(empty, Response.REFUSED)).isEmpty();
    assertThat(empty.problems()).isEmpty();
  }

  @Test
  void rejectsWhatIsNotAList() {
    SubmittedForm notJson = form("482 tip-offs");
    rules.check(notJson, Response.IN_FULL);
    assertThat(notJson.problems()).containsExactly("figures: Figures are not valid JSON");

    SubmittedForm object = form("{\"value\": 1}");
    rules.check(object, Response.IN_FULL);
    assertThat(object.problems()).containsExactly("figures: Figures must be a list");
  }

  @Test
  void boundsNumbersAsTextBeforeConvertingThem() {
    for (String value : List.of("1e999999999", "-1e-999999999", "1E+3", "NaN", "Infinity", "0x10", "1,000", "1 000", "")) {
      Map<String, Object> figure = tipOffs();
      figure.put("value", value);
      SubmittedForm form = form(List.of(figure));
      assertThat(rules.check(form, Response.IN_FULL)).as(value).isEmpty();
      assertThat(form.problems()).as(value).singleElement().asString().startsWith("figures[1].value: Figure 1: value");
    }
    Map<String, Object> figure = tipOffs();
    figure.put("value", "9".repeat(5_000));
    SubmittedForm form = form(List.of(figure));
    rules.check(form, Response.IN_FULL);
    assertThat(form.problems())
        .containsExactly("figures[1].value: Figure 1: value is out of range (at most 15 digits before the point and 6 after)");
  }

  @Test
  void takesNumbersUpToFifteenDigitsAndSixDecimals() {
    for (String value : List.of("999999999999999.999999", "-999999999999999.999999", "+0000012.5000000", "0")) {
      Map<String, Object> figure = tipOffs();
      figure.put("value", value);
      SubmittedForm form = form(List.of(figure));
      assertThat(rules.check(form, Response.IN_FULL)).as(value).singleElement()
          .satisfies(read -> assertThat(read.value()).isEqualByComparingTo(value));
    }
    for (String value : List.of("1000000000000000", "0.0000001")) {
      Map<String, Object> figure = tipOffs();
      figure.put("value", value);
      SubmittedForm form = form(List.of(figure));
      rules.check(form, Response.IN_FULL);
      assertThat(form.problems()).as(value).singleElement().asString().contains("is out of range");
    }
  }

  @Test
  void refusesAFigureValueThatIsNotANumberOrText() {
    for (String value : List.of("{\"n\":1}", "[1]", "true")) {
      SubmittedForm form = form(figureWithValue(value));
      rules.check(form, Response.IN_FULL);
      assertThat(form.problems()).as(value)
          .containsExactly("figures[1].value: Figure 1: value must be a number, not a list, object or true/false");
    }
  }

  @Test
  void refusesJsonNestedBeyondReason() {
    SubmittedForm form = form("[".repeat(5_000) + "]".repeat(5_000));
    rules.check(form, Response.IN_FULL);
    assertThat(form.problems()).containsExactly("figures: Figures are not valid JSON");
  }

  @Test
  void countsTheDigitsOfJsonNumbersWithoutWritingThemOut() {
    for (String literal : List.of("1e999999999", "-1e-999999999", "1E+2147483647", "1" + "0".repeat(40), "0.0000001")) {
      SubmittedForm form = form(figureWithValue(literal));
      rules.check(form, Response.IN_FULL);
      assertThat(form.problems()).as(literal).singleElement().asString().contains("value is out of range");
    }
    SubmittedForm form = form(figureWithValue("1.25e3"));
    assertThat(rules.check(form, Response.IN_FULL)).singleElement()
        .satisfies(figure -> assertThat(figure.value()).isEqualByComparingTo("1250"));
  }

  @Test
  void readsAJsonVariableFromItsTextDigitForDigit() {
    String exact = figureWithValue("123456789012345.123456");
    VariableMap submitted = Variables.createVariables().putValueTyped("figures", SpinValues.jsonValue(exact).create());
    SubmittedForm form = new SubmittedForm(submitted, KNOWN, LocalDate.of(2025, 3, 20));
    assertThat(rules.check(form, Response.IN_FULL)).singleElement()
        .satisfies(figure -> assertThat(figure.value()).isEqualTo(new BigDecimal("123456789012345.123456")));

    // Parsed by Spin, -1e-999999999 would be the double -0.0, and pass as 0.
    submitted = Variables.createVariables().putValueTyped("figures", SpinValues.jsonValue(figureWithValue("-1e-999999999")).create());
    form = new SubmittedForm(submitted, KNOWN, LocalDate.of(2025, 3, 20));
    assertThat(rules.check(form, Response.IN_FULL)).isEmpty();
    assertThat(form.problems()).singleElement().asString().contains("value is out of range");
  }

  private static String figureWithValue(String literal) {
    return "[{\"metric\":\"m\",\"value\":" + literal + ",\"unit\":\"x\","
        + "\"periodFrom\":\"2014-01-01\",\"periodTo\":\"2014-12-31\"}]";
  }
}
