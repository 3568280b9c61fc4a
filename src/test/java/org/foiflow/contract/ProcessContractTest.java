package org.foiflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

class ProcessContractTest {

  @Test
  void datesAreReadStrictlyAndATimeAfterTheDateIsIgnored() {
    assertThat(IsoDates.parse("2026-12-02")).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThat(IsoDates.parse("2026-12-02T00:00:00")).isEqualTo(LocalDate.of(2026, 12, 2));
    assertThatThrownBy(() -> IsoDates.parse("2026-02-31")).isInstanceOf(DateTimeParseException.class);
    assertThatThrownBy(() -> IsoDates.parse("2/12/2026")).isInstanceOf(DateTimeParseException.class);
    assertThat(IsoDates.orNull("not a date")).isNull();
    assertThat(IsoDates.orNull(" ")).isNull();
    assertThat(IsoDates.orNull(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
  }

  @Test
  void aVariableIsStoredAsTheDiagramsReadItAndReadBackTyped() {
    VariableScope execution = mock(VariableScope.class);
    RequestVariables.STATUTORY_DUE_DATE.set(execution, LocalDate.of(2027, 1, 4));
    RequestVariables.REGIME.set(execution, Regime.SCOTLAND_FOISA);
    verify(execution).setVariable("statutoryDueDate", "2027-01-04");
    verify(execution).setVariable("regime", "SCOTLAND_FOISA");

    Map<String, Object> scope = Map.of("statutoryDueDate", "2027-01-04", "regime", "SCOTLAND_FOISA");
    assertThat(RequestVariables.STATUTORY_DUE_DATE.in(scope)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(RequestVariables.REGIME.in(scope)).isEqualTo(Regime.SCOTLAND_FOISA);
  }

  @Test
  void aMissingOrForeignValueReadsAsNoneAndARequiredOneSaysWhichIsMissing() {
    Map<String, Object> planted = Map.of("regime", "MARS_FOI", "sentDate", "yesterday");
    assertThat(RequestVariables.REGIME.in(planted)).isNull();
    assertThat(RequestVariables.SENT_DATE.in(planted)).isNull();
    VariableScope execution = mock(VariableScope.class);
    when(execution.getVariable("sentDate")).thenReturn("yesterday");
    assertThatThrownBy(() -> RequestVariables.SENT_DATE.require(execution))
        .hasMessage("process variable sentDate is missing");
  }

  @Test
  void eachResponseSaysWhatItMeans() {
    assertThat(Response.IN_PART.discloses()).isTrue();
    assertThat(Response.IN_PART.opensReview()).isTrue();
    assertThat(Response.REFUSED.discloses()).isFalse();
    assertThat(Response.FEES_NOTICE.pausesClock()).isTrue();
    assertThat(Response.CLARIFICATION_REQUESTED.restartsClock()).isTrue();
    assertThat(Response.EIR_EXTENSION.extendsClock()).isTrue();
    assertThat(Response.NO_RESPONSE.answers()).isFalse();
    assertThat(Response.of("IN_FULL")).isEqualTo(Response.IN_FULL);
    assertThat(Response.of("in_full")).isNull();
  }

  /** "What did the authority do?" routes on these meanings: each answer must take one way only. */
  @Test
  void eachResponseTakesOneWayAtMostOutOfTheResponseGateway() {
    for (Response response : Response.values()) {
      long ways =
          Stream.of(
                  response.disclosesInFull(),
                  response.opensReview(),
                  response.restartsClock(),
                  response.pausesClock(),
                  response.extendsClock(),
                  response.closes())
              .filter(Boolean::booleanValue)
              .count();
      assertThat(ways).as(response.name()).isEqualTo(response == Response.ACKNOWLEDGED ? 0 : 1);
    }
    assertThat(Response.IN_FULL.disclosesInFull()).isTrue();
    assertThat(Response.IN_PART.disclosesInFull()).isFalse();
    assertThat(Response.WITHDRAWN.closes()).isTrue();
  }
}
