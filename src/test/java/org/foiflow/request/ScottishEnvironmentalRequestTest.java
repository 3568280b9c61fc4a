package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, rule 10: SCOTLAND_EIR, the Environmental Information (Scotland) Regulations 2004, on
 * the Scottish calendar (Easter Monday is a working day there), with its own extension and review.
 */
class ScottishEnvironmentalRequestTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

  @Test
  void aScottishEnvironmentalRequestRunsOnTheScottishCalendarWithItsExtensionAndReview() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", "SCOTLAND_EIR"));
    // reg 5(2)(a): 20 working days; St Patrick's Day is not a Scottish holiday.
    assertThat(request).variables().containsEntry("statutoryDueDate", "2025-03-31");

    today(LocalDate.of(2025, 3, 20));
    submitTask(request, "Task_RecordResponse", Map.of("response", "EIR_EXTENSION", "responseDate", "2025-03-20"));
    // reg 7(1): up to 40 working days after receipt; Easter Monday (21 April) counts in Scotland.
    assertThat(request).variables().containsEntry("statutoryDueDate", "2025-04-29").containsEntry("extensionBeyondLimit", false);

    today(LocalDate.of(2025, 4, 22));
    submitTask(request, "Task_RecordResponse",
        Map.of("response", "REFUSED", "responseDate", "2025-04-22", "exemptionsCited", "reg 10(5)(a)"));
    // reg 16(4): representations within 40 working days of the answer.
    assertThat(request).variables().containsEntry("reviewRequestDeadline", "2025-06-19");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-04-22"));
    // reg 16(4): the decision within 20 working days.
    assertThat(runtimeService.getVariable(
            runtimeService.createProcessInstanceQuery().superProcessInstanceId(request.getId()).singleResult().getId(), "reviewDueDate"))
        .isEqualTo("2025-05-21");
  }

  @Test
  void aFeesNoticeIsNotRecordedForAScottishEnvironmentalRequest() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", "SCOTLAND_EIR"));
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-03")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("SCOTLAND_EIR");
  }
}
