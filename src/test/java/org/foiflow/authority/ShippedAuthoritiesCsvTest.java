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
    assertThat(shipped).hasSizeBetween(30, 45);
    assertThat(shipped)
        .allSatisfy(
            a -> {
              assertThat(a.email()).contains("@");
              assertThat(a.regime()).isNotNull();
              assertThat(a.website()).startsWith("https://");
            });
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
