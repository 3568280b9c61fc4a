package org.foiflow.authority;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AuthorityDirectoryTest {

  @Autowired AuthorityDirectory directory;
  @Autowired AuthorityImport authorityImport;
  @Autowired ShippedAuthorities shippedAuthorities;
  @Autowired JdbcClient jdbc;

  @Test
  void startUpLoadsEveryShippedAuthority() {
    List<Authority> shipped = shippedAuthorities.read();
    long rows = jdbc.sql("SELECT count(*) FROM authority").query(Long.class).single();

    assertThat(rows).isGreaterThanOrEqualTo(shipped.size());
    assertThat(shipped).allSatisfy(a -> assertThat(directory.findByName(a.name())).contains(a));
  }

  @Test
  void findsByNameIgnoringCaseAndSurroundingSpaces() {
    assertThat(directory.findByName("  home OFFICE "))
        .hasValueSatisfying(
            a -> {
              assertThat(a.name()).isEqualTo("Home Office");
              assertThat(a.email()).isEqualTo("foirequests@homeoffice.gov.uk");
              assertThat(a.regime()).isEqualTo(Regime.UK_FOIA);
            });
    assertThat(directory.findByName("Police Scotland"))
        .map(Authority::regime)
        .contains(Regime.SCOTLAND_FOISA);
    assertThat(directory.findByName("No Such Authority")).isEmpty();
    assertThat(directory.findByName(" ")).isEmpty();
    assertThat(directory.findByName(null)).isEmpty();
  }

  @Test
  void reloadingTheShippedListKeepsWhatAUserImported() {
    String name = "Shipped Test Body " + UUID.randomUUID();
    var asShipped = new Authority(name, "foi@shipped.example.gov.uk", Regime.UK_FOIA, null);
    assertThat(authorityImport.loadShipped(List.of(asShipped)))
        .isEqualTo(new AuthorityImport.Result(1, 0));

    authorityImport.importCsv(
        new StringReader(
            "name,foi_email,default_regime\n" + name + ",foi@user.example.gov.uk,UK_EIR\n"));
    var shippedAgain = new Authority(name, "foi@newer.example.gov.uk", Regime.UK_FOIA, null);

    assertThat(authorityImport.loadShipped(List.of(shippedAgain)))
        .isEqualTo(new AuthorityImport.Result(0, 0));
    assertThat(directory.findByName(name))
        .contains(new Authority(name, "foi@user.example.gov.uk", Regime.UK_EIR, null));
  }

  @Test
  void reloadingRefreshesShippedRows() {
    String name = "Refreshed Test Body " + UUID.randomUUID();
    authorityImport.loadShipped(
        List.of(new Authority(name, "old@example.gov.uk", Regime.UK_FOIA, "https://old.example")));

    var refreshed = authorityImport.loadShipped(
        List.of(new Authority(name, "new@example.gov.uk", Regime.UK_FOIA, "https://new.example")));

    assertThat(refreshed).isEqualTo(new AuthorityImport.Result(0, 1));
    assertThat(directory.findByName(name)).map(Authority::email).contains("new@example.gov.uk");
  }
}
