package org.foiflow.requestpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskNamesTest {

  @Test
  void aTaskNamesItsRequestAuthorityAndSubject() {
    assertThat(TaskNames.of("Record the authority's response", "FOI-2033-0042", "Home Office", "Tip-offs from MPs"))
        .isEqualTo("Record the authority's response: FOI-2033-0042 Home Office, Tip-offs from MPs");
  }

  @Test
  void aNameFitsTheEnginesColumnAndIsNotNamedTwice() {
    String name = TaskNames.of("Pay or decline the fee", "FOI-2033-0001", "Council", "x".repeat(400));
    assertThat(name).hasSize(TaskNames.MAX_LENGTH).startsWith("Pay or decline the fee: FOI-2033-0001 Council, xxx").endsWith("…");
    assertThat(TaskNames.of(name, "FOI-2033-0001", "Council", "again")).isEqualTo(name);
    assertThat(TaskNames.of("A task outside any request", null, null, null)).isEqualTo("A task outside any request");
  }

  @Test
  void thePlainNameIsTheDiagramsName() {
    String name = TaskNames.of("Record the authority's response", "FOI-2033-0042", "Home Office", "Tip-offs: from MPs");
    assertThat(TaskNames.plain(name, "FOI-2033-0042")).isEqualTo("Record the authority's response");
    assertThat(TaskNames.plain("Send the clarification", "FOI-2033-0042")).isEqualTo("Send the clarification");
  }
}
