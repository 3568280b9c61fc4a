package org.foiflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class PublicAddressTest {

  @Test
  void aConfiguredAddressIsUsedAsGivenWithoutTheSlashAtTheEnd() {
    MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "9090");
    assertThat(new PublicAddress("https://foi.example.org/ ", environment).baseUrl()).isEqualTo("https://foi.example.org");
  }

  @Test
  void withoutOneTheLinksFollowThePortServed() {
    assertThat(new PublicAddress("", new MockEnvironment().withProperty("server.port", "9090")).baseUrl())
        .isEqualTo("http://127.0.0.1:9090");
    assertThat(new PublicAddress("", new MockEnvironment().withProperty("server.port", "0").withProperty("local.server.port", "41234")).baseUrl())
        .isEqualTo("http://127.0.0.1:41234");
    assertThat(new PublicAddress("", new MockEnvironment()).baseUrl()).isEqualTo("http://127.0.0.1:8080");
  }
}
