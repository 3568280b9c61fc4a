package org.foiflow.authority;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import java.io.StringReader;
import java.util.List;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

class AuthorityCsvTest {

  private final AuthorityCsv csv =
      new AuthorityCsv(Validation.buildDefaultValidatorFactory().getValidator());

  private List<AuthorityCsv.Row> parse(String text) {
    return csv.parse(new StringReader(text));
  }

  private void assertRejected(String text, String message) {
    assertThatThrownBy(() -> parse(text))
        .isInstanceOf(AuthorityCsvException.class)
        .hasMessage(message);
  }

  @Test
  void readsRowsByHeaderWhateverTheColumnOrderAndCase() {
    var rows =
        parse(
            "\uFEFFDefault_Regime, FOI_Email ,Name\r\n"
                + "uk_foia,foi@example.gov.uk, Example Council \r\n"
                + "\r\n"
                + "SCOTLAND_FOISA,foi@example.scot,\"Example Board, Scotland\"\r\n");

    assertThat(rows)
        .extracting(AuthorityCsv.Row::line, AuthorityCsv.Row::authority)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2L, new Authority("Example Council", "foi@example.gov.uk", Regime.UK_FOIA, null)),
            org.assertj.core.groups.Tuple.tuple(
                4L,
                new Authority(
                    "Example Board, Scotland", "foi@example.scot", Regime.SCOTLAND_FOISA, null)));
  }

  @Test
  void aSchoolMayHaveItsTermDates() {
    assertThat(parse("name,foi_email,default_regime,term_dates\n"
            + "Hillside School,foi@hillside.sch.uk,UK_SCHOOL,2025-01-06/2025-02-14; 2025-02-24/2025-04-04\n"))
        .extracting(AuthorityCsv.Row::authority)
        .containsExactly(new Authority("Hillside School", "foi@hillside.sch.uk", Regime.UK_SCHOOL, null,
            "2025-01-06/2025-02-14; 2025-02-24/2025-04-04"));
    assertRejected(
        "name,foi_email,default_regime,term_dates\nHillside School,foi@hillside.sch.uk,UK_SCHOOL,2025-01-06 to 2025-02-14\n",
        "line 2: term_dates: term '2025-01-06 to 2025-02-14' is not first-day/last-day, e.g. 2025-09-03/2025-10-24; 2025-11-03/2025-12-19");
    assertRejected(
        "name,foi_email,default_regime,term_dates\nHillside School,foi@hillside.sch.uk,UK_SCHOOL,2025-02-14/2025-01-06\n",
        "line 2: term_dates: term '2025-02-14/2025-01-06' is not first-day/last-day, e.g. 2025-09-03/2025-10-24; 2025-11-03/2025-12-19");
  }

  @Test
  void lineNumbersFollowTheFileEvenAfterAQuotedLineBreak() {
    assertRejected(
        "name,foi_email,default_regime\n\"Two\nLines\",foi@example.gov.uk,UK_FOIA\nBad,x@,UK_FOIA\n",
        "line 4: foi_email 'x@' is not a valid email address");
  }

  @Test
  void namesTheLineAndFieldOfABadEmail() {
    assertRejected(
        "name,foi_email,default_regime\n"
            + "A,a@example.gov.uk,UK_FOIA\n"
            + "B,foi@localhost,UK_FOIA\n",
        "line 3: foi_email 'foi@localhost' is not a valid email address");
  }

  @Test
  void rejectsAnUnknownRegime() {
    assertRejected(
        "name,foi_email,default_regime\nA,a@example.gov.uk,UK_FOI\n",
        "line 2: default_regime 'UK_FOI' is not a known regime"
            + " (UK_FOIA, UK_EIR, SCOTLAND_FOISA, SCOTLAND_EIR, UK_SCHOOL, US_FOIA, IE_FOI)");
  }

  @Test
  void reportsTheLeftmostProblemOfARow() {
    assertRejected(
        "name,foi_email,default_regime\n,not-an-email,NOPE\n", "line 2: name is missing");
  }

  @Test
  void aShortRowIsMissingItsLastFields() {
    assertRejected(
        "name,foi_email,default_regime\nA,a@example.gov.uk\n",
        "line 2: default_regime is missing");
  }

  @Test
  void rejectsNamesThatSpreadsheetsWouldRunAsFormulas() {
    assertRejected(
        "name,foi_email,default_regime\nHome Office,foi@example.gov.uk,UK_FOIA\n\"=HYPERLINK(\"\"http://x.example\"\")\",a@example.gov.uk,UK_FOIA\n",
        "line 3: name '=HYPERLINK(\"http://x.example\")' starts with a character spreadsheets run as a formula (= + - @); remove it");
    assertRejected(
        "name,foi_email,default_regime\n\"\t@SUM(1)\",a@example.gov.uk,UK_FOIA\n",
        "line 2: name '@SUM(1)' starts with a character spreadsheets run as a formula (= + - @); remove it");
    assertRejected(
        "name,foi_email,default_regime\nHome Office,+1@example.gov.uk,UK_FOIA\n",
        "line 2: foi_email '+1@example.gov.uk' starts with a character spreadsheets run as a formula (= + - @); remove it");
    assertThat(parse("name,foi_email,default_regime\nAnglo-Welsh Board (=1),a@example.gov.uk,UK_FOIA\n")).hasSize(1);
  }

  @Test
  void rejectsLongNamesAndOddWebsites() {
    assertRejected(
        "name,foi_email,default_regime\n" + "N".repeat(201) + ",a@example.gov.uk,UK_FOIA\n",
        "line 2: name '" + "N".repeat(80) + "…' is longer than 200 characters");
    assertRejected(
        "name,foi_email,default_regime,website\nA,a@example.gov.uk,UK_FOIA,www.example.gov.uk\n",
        "line 2: website 'www.example.gov.uk' is not an http(s) address");
  }

  @Test
  void rejectsTheSameNameTwiceIgnoringCase() {
    assertRejected(
        "name,foi_email,default_regime\n"
            + "Home Office,a@example.gov.uk,UK_FOIA\n"
            + " HOME OFFICE ,b@example.gov.uk,UK_FOIA\n",
        "line 3: name 'HOME OFFICE' is already on line 2");
  }

  @Test
  void rejectsAMissingColumnOrEmptyFile() {
    assertRejected(
        "name,default_regime\nA,UK_FOIA\n",
        "line 1: missing column 'foi_email' (expected name,foi_email,default_regime[,website][,term_dates])");
    assertRejected(
        "", "line 1: missing column 'name' (expected name,foi_email,default_regime[,website][,term_dates])");
    assertRejected(
        "name,foi_email,name,default_regime\n", "line 1: the header names a column twice");
  }

  @Test
  void rejectsBrokenQuoting() {
    assertThatThrownBy(
            () -> parse("name,foi_email,default_regime\nA,a@example.gov.uk,UK_FOIA\n\"B,b@x.uk"))
        .isInstanceOf(AuthorityCsvException.class)
        .hasMessageStartingWith("line 3: malformed CSV");
  }

  @Test
  void acceptsAHundredThousandRowsButNoMore() {
    StringBuilder text = new StringBuilder("name,foi_email,default_regime\n");
    for (int i = 1; i <= AuthorityCsv.MAX_ROWS; i++) {
      text.append("Authority ").append(i).append(",foi@example.gov.uk,UK_FOIA\n");
    }
    assertThat(parse(text.toString())).hasSize(AuthorityCsv.MAX_ROWS);

    text.append("One too many,foi@example.gov.uk,UK_FOIA\n");
    assertRejected(text.toString(), "line 100002: more than 100,000 rows; split the file");
  }
}
