package org.foiflow.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Comparator;
import java.util.UUID;
import org.foiflow.authority.AuthoritySearchController.Entry;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthoritySearchControllerTest {

  @Autowired TestRestTemplate http;
  @Autowired AuthorityImport authorityImport;
  @Autowired JdbcClient jdbc;

  private Entry[] search(String q) {
    var response = new AuthorityApi(http).search(q);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void findsByNameFragmentIgnoringCase() {
    Entry[] found = search("HOME");

    assertThat(found).isNotEmpty().allSatisfy(e -> assertThat(e.name()).containsIgnoringCase("home"));
    assertThat(found)
        .extracting(Entry::name, Entry::email, Entry::regime, Entry::needsAddress)
        .contains(org.assertj.core.groups.Tuple.tuple("Home Office", "foirequests@homeoffice.gov.uk", Regime.UK_FOIA, false));
  }

  @Test
  void returnsAtMostFiftySortedByName() {
    String tag = "Zz Search " + UUID.randomUUID();
    StringBuilder csv = new StringBuilder("name,foi_email,default_regime\n");
    for (int i = 60; i >= 1; i--) {
      csv.append(String.format("%s %02d,foi%d@example.gov.uk,UK_FOIA%n", tag, i, i));
    }
    authorityImport.importCsv(new StringReader(csv.toString()));

    Entry[] found = search(tag.toLowerCase());

    assertThat(found).hasSize(AuthorityDirectory.SEARCH_LIMIT);
    assertThat(found).isSortedAccordingTo(Comparator.comparing(Entry::name));
    assertThat(found[0].name()).isEqualTo(tag + " 01");
    assertThat(found[49].name()).isEqualTo(tag + " 50");
  }

  @Test
  void withoutQueryListsEveryAuthority() {
    long rows = jdbc.sql("SELECT count(*) FROM authority").query(Long.class).single();

    assertThat(search(null)).hasSize((int) rows);
    assertThat(search("  ")).hasSize((int) rows);
  }

  @Test
  void wildcardsInTheQueryMatchThemselves() {
    assertThat(search("%")).isEmpty();
    assertThat(search("h_me")).isEmpty();
  }

  @Test
  void needsALogin() {
    assertThat(http.getForEntity("/api/authorities", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }
}
