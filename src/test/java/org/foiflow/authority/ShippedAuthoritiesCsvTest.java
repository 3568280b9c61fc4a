package org.foiflow.authority;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import java.util.List;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

/** The CSV shipped with FOI Flow: parsing it validates every row, so a bad edit fails here. */
class ShippedAuthoritiesCsvTest {

  private final List<Authority> shipped =
      new ShippedAuthorities(
              new AuthorityCsv(Validation.buildDefaultValidatorFactory().getValidator()), null)
          .read();

  @Test
  void listsAFewDozenAuthoritiesWithEmailAndRegime() {
    assertThat(shipped).hasSizeBetween(70, 90);
    assertThat(shipped)
        .allSatisfy(
            a -> {
              assertThat(a.needsAddress() || a.email().contains("@")).isTrue();
              assertThat(a.regime()).isNotNull();
              assertThat(a.website()).startsWith("https://");
            });
  }

  @Test
  void everyUkTerritorialPoliceForceAndTheTransportPoliceAreTagged() {
    assertThat(shipped).filteredOn(a -> a.tags().contains("police")).hasSize(46);
    assertThat(shipped).filteredOn(a -> a.tags().contains("police-england-wales")).hasSize(43);
    assertThat(shipped)
        .filteredOn(a -> a.tags().contains("police-scotland"))
        .extracting(Authority::name)
        .containsExactly("Police Scotland");
    assertThat(shipped)
        .filteredOn(a -> a.tags().contains("police-northern-ireland"))
        .extracting(Authority::name)
        .containsExactly("Police Service of Northern Ireland");
    assertThat(shipped).extracting(Authority::name).contains("British Transport Police", "Metropolitan Police Service");
  }

  @Test
  void aPoliceAddressIsShippedOnlyWithItsSourceAndTheDayItWasChecked() {
    assertThat(shipped)
        .filteredOn(a -> a.tags().contains("police") && !a.needsAddress())
        .allSatisfy(
            a -> {
              assertThat(a.emailSource()).startsWith("http");
              assertThat(a.emailCheckedOn()).isNotNull();
            });
    assertThat(shipped)
        .filteredOn(a -> a.tags().contains("police") && a.needsAddress())
        .allSatisfy(a -> assertThat(a.emailSource()).isNull());
  }

  @Test
  void scottishBodiesAreUnderFoisa() {
    assertThat(shipped)
        .filteredOn(a -> a.name().equals("Police Scotland") || a.name().equals("The Scottish Government"))
        .hasSize(2)
        .allSatisfy(a -> assertThat(a.regime()).isEqualTo(Regime.SCOTLAND_FOISA));
  }

  @Test
  void namesAreUniqueIgnoringCase() {
    assertThat(shipped).extracting(a -> Authority.nameKey(a.name())).doesNotHaveDuplicates();
  }
}
