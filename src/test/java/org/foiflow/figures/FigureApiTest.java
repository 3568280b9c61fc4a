package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The figures API and CSV. Figures go straight into the store, each test with its own metric so
 * that the database the tests share does not disturb the assertions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FigureApiTest {

  private static final ParameterizedTypeReference<List<Map<String, Object>>> JSON_LIST =
      new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate http;
  @Autowired FigureStore store;

  private String metric;
  private TestRestTemplate admin;

  @BeforeEach
  void storeOneMetricAtThreeForces() {
    admin = http.withBasicAuth("admin", "Test-Owner-Secret-1");
    metric = "Officers investigated " + UUID.randomUUID();
    store.add(List.of(
        figure("FOI-2025-9001", "Metropolitan Police Service", "58", 2022, List.of()),
        figure("FOI-2025-9001", "Metropolitan Police Service", "64.25", 2023,
            List.of(new Figure.Breakdown("North, \"central\"", new BigDecimal("30")), new Figure.Breakdown("South;\nrest", new BigDecimal("34.25")))),
        figure("FOI-2025-9002", "West Midlands Police", "17", 2022, List.of()),
        figure("FOI-2025-9003", "Greater Manchester Police", "21", 2023, List.of())),
        OffsetDateTime.now());
  }

  private Figure figure(String reference, String authority, String value, int year, List<Figure.Breakdown> breakdown) {
    return new Figure(reference, authority, metric, new BigDecimal(value), "officers",
        LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), breakdown, "Letter, annex \"A\"", "3", "Note with, a comma", LocalDate.of(2025, 3, 20));
  }

  private List<Map<String, Object>> get(String query, Object... values) {
    ResponseEntity<List<Map<String, Object>>> response =
        admin.exchange("/api/figures?metric={metric}" + query, HttpMethod.GET, null, JSON_LIST, concat(metric, values));
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static Object[] concat(Object first, Object... rest) {
    Object[] all = new Object[rest.length + 1];
    all[0] = first;
    System.arraycopy(rest, 0, all, 1, rest.length);
    return all;
  }

  @Test
  void oneMetricAcrossAuthoritiesIsOneTableOrderedByAuthorityAndPeriod() {
    List<Map<String, Object>> rows = get("");

    assertThat(rows).extracting(row -> row.get("authority") + " " + row.get("periodFrom") + " " + row.get("value"))
        .containsExactly(
            "Greater Manchester Police 2023-01-01 21",
            "Metropolitan Police Service 2022-01-01 58",
            "Metropolitan Police Service 2023-01-01 64.25",
            "West Midlands Police 2022-01-01 17");
    assertThat(rows.get(2)).containsEntry("reference", "FOI-2025-9001").containsEntry("unit", "officers")
        .containsEntry("periodTo", "2023-12-31").containsEntry("sourcePage", "3")
        .containsEntry("breakdown", List.of(Map.of("label", "North, \"central\"", "value", 30), Map.of("label", "South;\nrest", "value", 34.25)));
  }

  @Test
  void filtersByAuthorityPeriodAndReference() {
    assertThat(get("&authority={a}", "  metropolitan ")).hasSize(2);
    assertThat(admin.exchange("/api/figures?metric={m}", HttpMethod.GET, null, JSON_LIST, "  " + metric.toUpperCase() + " ").getBody())
        .hasSize(4);
    assertThat(get("&from={f}", "2023-06-01")).extracting(row -> row.get("authority"))
        .containsExactly("Greater Manchester Police", "Metropolitan Police Service");
    assertThat(get("&to={t}", "2022-12-31")).extracting(row -> row.get("reference"))
        .containsExactly("FOI-2025-9001", "FOI-2025-9002");
    assertThat(get("&from={f}&to={t}", "2022-12-31", "2023-01-01")).hasSize(4);
    assertThat(get("&reference={r}", "FOI-2025-9002")).singleElement()
        .satisfies(row -> assertThat(row).containsEntry("authority", "West Midlands Police"));
  }

  @Test
  void theCsvParsesBackToTheSameValues() throws Exception {
    ResponseEntity<String> response = admin.getForEntity("/api/figures.csv?metric={metric}", String.class, metric);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");

    List<CSVRecord> records =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.getBody())).getRecords();
    List<Figure> expected = store.find(new FigureQuery(null, metric, null, null, null));
    assertThat(records).hasSize(expected.size());
    ObjectMapper json = new ObjectMapper();
    for (int i = 0; i < records.size(); i++) {
      CSVRecord record = records.get(i);
      Figure figure = expected.get(i);
      assertThat(record.get("reference")).isEqualTo(figure.reference());
      assertThat(record.get("authority")).isEqualTo(figure.authority());
      assertThat(record.get("metric")).isEqualTo(metric);
      assertThat(new BigDecimal(record.get("value"))).isEqualByComparingTo(figure.value());
      assertThat(record.get("unit")).isEqualTo("officers");
      assertThat(LocalDate.parse(record.get("period_from"))).isEqualTo(figure.periodFrom());
      assertThat(LocalDate.parse(record.get("period_to"))).isEqualTo(figure.periodTo());
      assertThat(record.get("source_document")).isEqualTo("Letter, annex \"A\"");
      assertThat(record.get("notes")).isEqualTo("Note with, a comma");
      assertThat(record.get("response_date")).isEqualTo("2025-03-20");
      List<Figure.Breakdown> breakdown = record.get("breakdown").isEmpty()
          ? List.of()
          : List.of(json.readValue(record.get("breakdown"), Figure.Breakdown[].class));
      assertThat(breakdown).isEqualTo(figure.breakdown());
    }
    assertThat(records.get(2).get("breakdown")).contains("South;\\nrest");
  }

  @Test
  void aBadQueryGets400NamingTheParameter() {
    ResponseEntity<Map> notADate = admin.getForEntity("/api/figures?from={f}", Map.class, "2023-02-30");
    assertThat(notADate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(notADate.getBody()).containsEntry("detail", "from: '2023-02-30' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)");

    ResponseEntity<Map> backwards = admin.getForEntity("/api/figures.csv?from=2023-01-01&to=2022-01-01", Map.class);
    assertThat(backwards.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(backwards.getBody()).containsEntry("detail", "to: 2022-01-01 is before from (2023-01-01)");
  }

  @Test
  void theApiNeedsALoginAndThePagesAndChartLibraryAreServed() {
    assertThat(http.getForEntity("/api/figures", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/authorities/stats", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/figures/index.html", String.class).getBody()).contains("/webjars/echarts/dist/echarts.min.js");
    assertThat(http.getForEntity("/figures/stats.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/webjars/echarts/dist/echarts.min.js", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
