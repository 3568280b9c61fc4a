package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foiflow.input.InvalidParameter;
import org.junit.jupiter.api.Test;

class DeadlinePageTest {

  @Test
  void withoutParametersTheFirstHundred() {
    assertThat(DeadlinePage.parse(null, null)).isEqualTo(new DeadlinePage(0, 100));
  }

  @Test
  void takesCamundasPagingParameters() {
    assertThat(DeadlinePage.parse("200", "50")).isEqualTo(new DeadlinePage(200, 50));
    assertThat(DeadlinePage.parse(" 0 ", "1000")).isEqualTo(new DeadlinePage(0, 1000));
  }

  @Test
  void refusesWhatIsNotAWholeNumberInRangeNamingTheParameter() {
    assertThatThrownBy(() -> DeadlinePage.parse("-1", null))
        .isInstanceOf(InvalidParameter.class)
        .hasMessage("firstResult: '-1' is not a whole number from 0 to 2147483647");
    assertThatThrownBy(() -> DeadlinePage.parse(null, "0"))
        .hasMessage("maxResults: '0' is not a whole number from 1 to 1000");
    assertThatThrownBy(() -> DeadlinePage.parse(null, "1001"))
        .hasMessage("maxResults: '1001' is not a whole number from 1 to 1000");
    assertThatThrownBy(() -> DeadlinePage.parse("ten", null))
        .hasMessage("firstResult: 'ten' is not a whole number from 0 to 2147483647");
    assertThatThrownBy(() -> DeadlinePage.parse(null, "1.5")).hasMessageStartingWith("maxResults: '1.5' ");
    assertThatThrownBy(() -> DeadlinePage.parse("", null)).hasMessageStartingWith("firstResult: '' is not");
  }

  @Test
  void theNextPageUntilTheEnd() {
    DeadlinePage first = new DeadlinePage(0, 50);
    assertThat(first.next(120)).isEqualTo(new DeadlinePage(50, 50));
    assertThat(first.next(120).next(120)).isEqualTo(new DeadlinePage(100, 50));
    assertThat(new DeadlinePage(100, 50).next(120)).isNull();
    assertThat(first.next(50)).isNull();
    assertThat(new DeadlinePage(Integer.MAX_VALUE, 1000).next(Long.MAX_VALUE)).isNull();
  }
}
