package org.foiflow.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.foiflow.authority.AuthoritySearchController.Entry;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: authorities carry tags, are searched by tag, and WhatDoTheyKnow's export updates them. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorityTagsTest {

  @Autowired TestRestTemplate http;
  @Autowired AuthorityImport authorityImport;
  @Autowired AuthorityDirectory directory;
  @Autowired JdbcClient jdbc;

  private Entry[] get(String query) {
    var response =
        http.withBasicAuth("admin", "Test-Owner-Secret-1").getForEntity("/api/authorities?" + query, Entry[].class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  @Test
  void theShippedPoliceForcesAreFoundByTagAndName() {
    assertThat(get("tag=police")).hasSize(46);
    assertThat(get("tag=police-scotland"))
        .extracting(Entry::name, Entry::regime, Entry::needsAddress)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Police Scotland", Regime.SCOTLAND_FOISA, false));
    Entry[] welsh = get("tag=police-england-wales&q=wales");
    assertThat(welsh).extracting(Entry::name).containsExactly("North Wales Police", "South Wales Police");
    assertThat(welsh).allSatisfy(e -> assertThat(e.needsAddress()).isTrue());
    // A tag is a whole word: "police-england" is no tag of anyone.
    assertThat(get("tag=police-england")).isEmpty();
  }

  @Test
  void aBadTagIsRefusedNamingIt() {
    var response =
        http.withBasicAuth("admin", "Test-Owner-Secret-1").getForEntity("/api/authorities?tag={t}", Map.class, "Police Force");
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getBody().get("detail").toString()).startsWith("tag 'Police Force' is not a tag");
  }

  @Test
  void whatDoTheyKnowsExportUpdatesExistingAuthoritiesAndAddsTheRestWithoutAddresses() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String known = "Tagged Council " + suffix;
    String fresh = "Tagged Board " + suffix;
    authorityImport.importCsv(new StringReader(
        "name,foi_email,default_regime,website\n" + known + ",foi@council.example.gov.uk,UK_EIR,https://old.example.gov.uk\n"));

    var result = authorityImport.importCsv(new StringReader(
        "\"Name\",\"Short name\",\"URL name\",\"Tags\",\"Home page\",\"Publication scheme\",\"Created at\"\n"
            + "\"" + known + "\",\"TC\",\"tagged_council\",\"local_council council-" + suffix + " Not_A_Tag!\","
            + "\"www.council.example.gov.uk\",\"\",\"2008-01-01\"\n"
            + "\"" + fresh + "\",\"\",\"tagged_board\",\"council-" + suffix + "\",\"https://board.example.gov.uk\",\"\",\"2009-01-01\"\n"));

    assertThat(result).isEqualTo(new AuthorityImport.Result(1, 1));
    Authority updated = directory.findByName(known).orElseThrow();
    assertThat(updated.email()).isEqualTo("foi@council.example.gov.uk");
    assertThat(updated.regime()).isEqualTo(Regime.UK_EIR);
    assertThat(updated.shortName()).isEqualTo("TC");
    assertThat(updated.website()).isEqualTo("https://www.council.example.gov.uk");
    assertThat(updated.tags()).containsExactly("local_council", "council-" + suffix);
    Authority added = directory.findByName(fresh).orElseThrow();
    assertThat(added.needsAddress()).isTrue();
    assertThat(added.regime()).isEqualTo(Regime.UK_FOIA);
    assertThat(get("tag=council-" + suffix)).extracting(Entry::name).containsExactly(fresh, known);

    // Loading the same export again duplicates nothing and changes nothing.
    long rows = jdbc.sql("SELECT count(*) FROM authority").query(Long.class).single();
    var again = authorityImport.importCsv(new StringReader(
        "Name,Short name,Tags,Home page\n" + known + ",TC,local_council council-" + suffix + ",www.council.example.gov.uk\n"));
    assertThat(again).isEqualTo(new AuthorityImport.Result(0, 0));
    assertThat(jdbc.sql("SELECT count(*) FROM authority").query(Long.class).single()).isEqualTo(rows);
  }

  @Test
  void ourCsvTakesTagsAndTheSourceOfTheAddress() {
    String name = "Sourced Police " + UUID.randomUUID().toString().substring(0, 8);
    authorityImport.importCsv(new StringReader(
        "name,foi_email,default_regime,tags,email_source,email_checked_on\n"
            + name + ",foi@sourced.example.police.uk,UK_FOIA,police-test Police-Test,https://sourced.example/foi,2026-12-01\n"));

    Authority stored = directory.findByName(name).orElseThrow();
    assertThat(stored.tags()).containsExactly("police-test");
    assertThat(stored.emailSource()).isEqualTo("https://sourced.example/foi");
    assertThat(stored.emailCheckedOn()).isEqualTo(java.time.LocalDate.of(2026, 12, 1));
  }
}
