package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue 15, rule 11: what extension a regime allows comes from the decision table. */
class ExtensionsByRegimeTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @ParameterizedTest(name = "{0}: extended to {1}, limit {2}")
  @CsvSource({
    // 5 U.S.C. 552(a)(6)(B)(i): 10 more working days (Presidents' Day is past; none in March).
    "US_FOIA, 2025-04-14, 2025-04-14",
    // FOI Act 2014 (IE) s.14: up to 4 more weeks (20 working days; Irish public holidays 17 March and Easter Monday; Good Friday is not one).
    "IE_FOI, 2025-04-30, 2025-04-30"})
  void theGeneralExtensionIsRecordedWhereTheTableHasOne(String regime, String extended, String limit) {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", regime));
    today(LocalDate.of(2025, 3, 20));
    submitTask(request, "Task_RecordResponse",
        Map.of("response", "PUBLIC_INTEREST_EXTENSION", "responseDate", "2025-03-20", "extendedDueDate", extended));
    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(request).variables()
        .containsEntry("statutoryDueDate", extended)
        .containsEntry("extensionLimitDate", limit)
        .containsEntry("extensionBeyondLimit", false);
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @CsvSource({
    "SCOTLAND_FOISA, PUBLIC_INTEREST_EXTENSION, has no extension",
    "UK_EIR, PUBLIC_INTEREST_EXTENSION, choose the EIR extension",
    "US_FOIA, EIR_EXTENSION, only to environmental requests"})
  void anExtensionTheRegimeDoesNotHaveIsRefused(String regime, String response, String message) {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", regime));
    today(LocalDate.of(2025, 3, 20));
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse",
            Map.of("response", response, "responseDate", "2025-03-20", "extendedDueDate", "2025-05-30")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(message);
    assertThat(request).isWaitingAt("Task_RecordResponse");
  }
}
