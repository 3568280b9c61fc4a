package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, rules 1 and 6: a fees notice under every regime (its own lapse rule, or refused where
 * the law has none), and day 0 of a request FOI Flow emails is the day it goes out.
 */
class FeesNoticeAndEmailDayZeroTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final LocalDate NOTICE = LocalDate.of(2025, 3, 10);

  @ParameterizedTest(name = "{0}: unpaid fee lapses after {1}")
  @CsvSource({
    // FOIA s.9(2): three months beginning with the day the notice is given.
    "UK_FOIA, 2025-06-09",
    "UK_SCHOOL, 2025-06-09",
    // FOISA s.9(4): three months beginning with the day the notice is given.
    "SCOTLAND_FOISA, 2025-06-09",
    // EIR reg 8: 60 working days beginning with the notification; UK-wide working days (FOIA
    // s.10(6)), so St Patrick's Day (17 March), Good Friday, Easter Monday and the two May bank
    // holidays are skipped.
    "UK_EIR, 2025-06-06"})
  void aFeesNoticePausesTheClockUntilItsLapseDate(String regime, String lapse) {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", regime));
    today(NOTICE);
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", NOTICE.toString()));
    assertThat(request).isWaitingAt("Task_PayOrDeclineFee");
    assertThat(request).variables().containsEntry("feeLapseDate", lapse).containsEntry("status", "FEE_PENDING");

    today(LocalDate.of(2025, 3, 12));
    submitTask(request, "Task_PayOrDeclineFee", Map.of("feeDecision", "PAID", "feePaidDate", "2025-03-12"));
    assertThat(request).isWaitingAt("Task_RecordResponse");
  }

  @Test
  void aSecondFeesNoticeKeepsTheFirstPause() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    assertThat(request).variables().containsEntry("statutoryDueDate", "2025-04-01");
    today(NOTICE);
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-10"));
    today(LocalDate.of(2025, 3, 14));
    submitTask(request, "Task_PayOrDeclineFee", Map.of("feeDecision", "PAID", "feePaidDate", "2025-03-14"));
    // 10-14 March, 5 working days, do not count.
    assertThat(request).variables().containsEntry("statutoryDueDate", "2025-04-08");

    today(LocalDate.of(2025, 3, 18));
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-18"));
    today(LocalDate.of(2025, 3, 19));
    submitTask(request, "Task_PayOrDeclineFee", Map.of("feeDecision", "PAID", "feePaidDate", "2025-03-19"));
    // FOIA s.10(2) for each notice: 18-19 March too, 7 working days in all.
    assertThat(request).variables()
        .containsEntry("statutoryDueDate", "2025-04-10")
        .containsEntry("feePauses", "2025-03-10/2025-03-14;2025-03-18/2025-03-19");
  }

  @ParameterizedTest
  @CsvSource({"US_FOIA", "IE_FOI"})
  void aFeesNoticeIsRefusedNamingTheRegimeWhereTheLawSetsNoLapse(String regime) {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", regime));
    today(NOTICE);
    assertThatThrownBy(() ->
            submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", NOTICE.toString())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining(regime);
    assertThat(request).isWaitingAt("Task_RecordResponse");
  }

  @Test
  void aRequestFoiFlowEmailsCountsFromTheDayItIsSent() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("sendBy", "EMAIL"));
    assertThat(request).variables().containsEntry("sentDate", MONDAY.toString());

    LocalDate lastWeek = MONDAY.minusDays(7);
    assertThatThrownBy(() -> fileRequest(Map.of("sendBy", "EMAIL", "sentDate", lastWeek.toString())))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("sentDate")
        .hasMessageContaining("I sent it another way");

    ProcessInstance sentByHand = fileRequest(Map.of("sendBy", "ELSEWHERE", "sentDate", lastWeek.toString()));
    assertThat(sentByHand).variables().containsEntry("sentDate", lastWeek.toString());
  }
}
