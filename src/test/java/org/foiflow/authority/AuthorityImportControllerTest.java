package org.foiflow.authority;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorityImportControllerTest {

  private static final String HEADER = "name,foi_email,default_regime,website\n";

  @Autowired TestRestTemplate http;
  @Autowired AuthorityDirectory directory;
  @Autowired JdbcClient jdbc;

  /** Unique names, so tests sharing the Spring context do not see each other's rows. */
  private final String prefix = "Import Test " + UUID.randomUUID() + " ";

  private ResponseEntity<Map<String, Object>> postCsv(String csv) {
    return new AuthorityApi(http).importBody(csv.getBytes(UTF_8), "text/csv");
  }

  private long rows() {
    return jdbc.sql("SELECT count(*) FROM authority").query(Long.class).single();
  }

  private static void assertOk(ResponseEntity<Map<String, Object>> response, int imported, int updated) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(Map.of("imported", imported, "updated", updated));
  }

  private static void assertBadRequest(ResponseEntity<Map<String, Object>> response, String error) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody()).isEqualTo(Map.of("error", error));
  }

  @Test
  void upsertsByNameAndCountsOnlyRealChanges() {
    String first =
        HEADER
            + prefix + "Council,foi@council.example.gov.uk,UK_FOIA,https://council.example.gov.uk\n"
            + prefix + "Trust,foi@trust.example.nhs.uk,UK_FOIA,\n";
    assertOk(postCsv(first), 2, 0);

    String second =
        HEADER
            + prefix.toUpperCase() + "COUNCIL,foi@council.example.gov.uk,UK_EIR,\n"
            + prefix + "Trust,foi@trust.example.nhs.uk,UK_FOIA,\n"
            + prefix + "Police,foi@police.example.police.uk,UK_FOIA,\n";
    assertOk(postCsv(second), 1, 1);
    long afterSecond = rows();

    assertOk(postCsv(second), 0, 0);
    assertThat(rows()).isEqualTo(afterSecond);
    // A blank website keeps the stored one.
    assertThat(directory.findByName(prefix + "council"))
        .contains(
            new Authority(
                prefix.toUpperCase() + "COUNCIL",
                "foi@council.example.gov.uk",
                Regime.UK_EIR,
                "https://council.example.gov.uk"));
  }

  @Test
  void aBadRowInTheMiddleStoresNothing() {
    long before = rows();
    String csv =
        HEADER
            + prefix + "One,foi@one.example.gov.uk,UK_FOIA,\n"
            + prefix + "Two,x@,UK_FOIA,\n"
            + prefix + "Three,foi@three.example.gov.uk,UK_FOIA,\n";

    assertBadRequest(postCsv(csv), "line 3: foi_email 'x@' is not a valid email address");

    assertThat(rows()).isEqualTo(before);
    assertThat(directory.findByName(prefix + "One")).isEmpty();
  }

  @Test
  void rejectsAnUnknownRegime() {
    assertBadRequest(
        postCsv(HEADER + prefix + "One,foi@one.example.gov.uk,FOIA,\n"),
        "line 2: default_regime 'FOIA' is not a known regime"
            + " (UK_FOIA, UK_EIR, SCOTLAND_FOISA, SCOTLAND_EIR, UK_SCHOOL, US_FOIA, IE_FOI)");
  }

  @Test
  void rejectsAMissingColumn() {
    assertBadRequest(
        postCsv("name,foi_email\n" + prefix + "One,foi@one.example.gov.uk\n"),
        "line 1: missing column 'default_regime' (expected name,foi_email,default_regime[,website][,term_dates])");
  }

  @Test
  void takesAMultipartFileToo() {
    byte[] csv = (HEADER + prefix + "Café Board,foi@cafe.example.scot,SCOTLAND_FOISA,\n").getBytes(UTF_8);

    assertOk(new AuthorityApi(http).importFile("file", csv), 1, 0);

    assertThat(directory.findByName(prefix + "café board"))
        .map(Authority::regime)
        .contains(Regime.SCOTLAND_FOISA);
  }

  @Test
  void aMultipartRequestWithoutTheFileFieldIsRefused() {
    assertBadRequest(
        new AuthorityApi(http).importFile("upload", HEADER.getBytes(UTF_8)),
        "multipart field 'file' is missing");
  }

  @Test
  void decodesTheBodyStrictlyByItsCharset() {
    byte[] latin1 = (HEADER + prefix + "Café,foi@cafe.example.gov.uk,UK_FOIA,\n").getBytes(ISO_8859_1);

    assertBadRequest(
        new AuthorityApi(http).importBody(latin1, "text/csv"),
        "the CSV is not valid UTF-8; save it as UTF-8 or name its charset");

    assertOk(new AuthorityApi(http).importBody(latin1, "text/csv;charset=ISO-8859-1"), 1, 0);
    assertThat(directory.findByName(prefix + "Café")).isPresent();
  }

  @Test
  void needsALogin() {
    var anonymous = http.postForEntity("/api/authorities/import", HEADER, String.class);

    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  /** WhatDoTheyKnow's export of every authority is a few MB: up to 64 MB is taken, beyond that 413 in one line. */
  @Test
  void aCsvOverSixtyFourMegabytesGets413AsABodyAndAsAFile() {
    byte[] big = new byte[AuthorityImportController.MAX_BYTES + 1];
    byte[] header = HEADER.getBytes(UTF_8);
    System.arraycopy(header, 0, big, 0, header.length);
    java.util.Arrays.fill(big, header.length, big.length, (byte) '\n');
    long before = rows();

    ResponseEntity<Map<String, Object>> body = new AuthorityApi(http).importBody(big, "text/csv");
    assertThat(body.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(body.getBody()).isEqualTo(Map.of("error", "the CSV is larger than 64 MB; split the file"));
    // As browsers and curl -F send a file: no length of its own, so the server reads up to the limit.
    ResponseEntity<Map<String, Object>> file = new AuthorityApi(http).importFileAsBrowsersDo(big);
    assertThat(file.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    assertThat(file.getBody()).isEqualTo(Map.of("error", "the CSV is larger than 64 MB; split the file"));
    assertThat(rows()).isEqualTo(before);

    // Just under the limit, as a file: over Spring's default 1 MB, and imported.
    StringBuilder csv = new StringBuilder(HEADER);
    for (int i = 0; csv.length() < 2 * 1024 * 1024; i++) {
      csv.append(prefix).append("Body ").append(i).append(",foi").append(i).append("@example.gov.uk,UK_FOIA,\n");
    }
    ResponseEntity<Map<String, Object>> imported = new AuthorityApi(http).importFile("file", csv.toString().getBytes(UTF_8));
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
