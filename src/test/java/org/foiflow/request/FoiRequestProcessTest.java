package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

/** Each statutory path of the main process foi-request, timers driven by the engine clock. */
class FoiRequestProcessTest extends LifecycleTest {

  // Monday 3 March 2025. UK_FOIA skips St Patrick's Day (Mon 17 March, Northern Ireland only).
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final LocalDate DUE = LocalDate.of(2025, 4, 1);

  @Test
  void registersTheRequestWithReferenceAndDueDateOnTheWaitingTask() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());

    assertThat(request).isActive().isWaitingAt("Task_RecordResponse");
    assertThat(request.getBusinessKey()).matches("FOI-2025-\\d{4}");
    assertThat(request).variables()
        .containsEntry("reference", request.getBusinessKey())
        .containsEntry("sentDate", "2025-03-03")
        .containsEntry("statutoryDueDate", DUE.toString())
        .containsEntry("status", "AWAITING_RESPONSE");
    Task task = openTask(request);
    // Tasklist names the request (requestpage.TaskNames).
    assertThat(task.getName())
        .isEqualTo("Record the authority's response: " + request.getBusinessKey() + " Home Office, Tip-offs from MPs");
    assertThat(task.getAssignee()).isEqualTo(REQUESTER);
    assertThat(task.getDueDate()).isEqualTo(at(DUE, LocalTime.of(23, 59, 59)));
    // Five working days before 1 April 2025: 25 March.
    assertThat(task.getFollowUpDate()).isEqualTo(at(LocalDate.of(2025, 3, 25), LocalTime.of(8, 0)));
  }

  @Test
  void anAuthorityInTheDirectoryNeedsNoAddress() {
    today(MONDAY);
    Map<String, Object> noAddress = new HashMap<>();
    noAddress.put("authorityEmail", null);
    noAddress.put("authorityName", "home office");
    ProcessInstance request = fileRequest(noAddress);
    assertThat(request).variables().containsEntry("authorityEmail", "foirequests@homeoffice.gov.uk");

    noAddress.put("authorityName", "Parish Council of Nowhere");
    assertThatThrownBy(() -> fileRequest(noAddress))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("authorityEmail: Authority email is required");
  }

  @Test
  void referencesCountUpWithinTheYear() {
    today(MONDAY);
    String first = fileRequest(Map.of()).getBusinessKey();
    String second = fileRequest(Map.of()).getBusinessKey();
    assertThat(Integer.parseInt(second.substring(9))).isEqualTo(Integer.parseInt(first.substring(9)) + 1);
  }

  @Test
  void remindsBeforeOnAndAfterTheDueDateThenLongOverdue() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    assertThat(runDueJobs(request)).as("only the confirmation email's job, no reminder yet").isOne();

    today(LocalDate.of(2025, 3, 25), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_DUE_SOON");

    today(DUE, LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_DUE");

    today(LocalDate.of(2025, 4, 2), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_OVERDUE");

    // 20 working days after 1 April 2025, skipping Good Friday and Easter Monday: 1 May.
    today(LocalDate.of(2025, 5, 1), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_LONG_OVERDUE");
    assertThat((String) variable(request, "remindersSent"))
        .isEqualTo("RESPONSE_DUE_SOON@2025-04-01;RESPONSE_DUE@2025-04-01;RESPONSE_OVERDUE@2025-04-01;"
            + "RESPONSE_LONG_OVERDUE@2025-04-01;");
    assertThat(request).isWaitingAt("Task_RecordResponse");
  }

  @Test
  void aRequestFiledLateGetsOnlyTheReminderThatFitsNow() {
    // Sent 25 working days before today: the due date passed 5 working days ago.
    LocalDate sent = LocalDate.of(2025, 1, 27);
    assertThat(clock.calendar(Regime.UK_FOIA).addWorkingDays(sent, 25)).isEqualTo(MONDAY);
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("sentDate", sent.toString()));

    runDueJobs(request);

    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_OVERDUE");
    assertThat((String) variable(request, "remindersSent")).isEqualTo("RESPONSE_OVERDUE@2025-02-24;");
  }

  @Test
  void informationInFullClosesTheRequest() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    today(LocalDate.of(2025, 3, 20));
    submitTask(request, "Task_RecordResponse", Map.of("response", "IN_FULL", "responseDate", "2025-03-20"));

    assertThat(request).isEnded().hasPassed("End_DisclosedInFull");
    assertThat(variable(request, "outcome")).isEqualTo("DISCLOSED_IN_FULL");
    assertThat(managementService.createJobQuery().processInstanceId(request.getId()).count()).isZero();
  }

  @Test
  void acknowledgementKeepsWaitingWithTheSameDeadline() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    submitTask(request, "Task_RecordResponse", Map.of("response", "ACKNOWLEDGED", "responseDate", "2025-03-03"));

    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(openTask(request).getDueDate()).isEqualTo(at(DUE, LocalTime.of(23, 59, 59)));
  }

  @Test
  void clarificationRestartsTheClockFromItsDate() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    today(LocalDate.of(2025, 3, 10));
    submitTask(request, "Task_RecordResponse", Map.of("response", "CLARIFICATION_REQUESTED", "responseDate", "2025-03-10"));
    assertThat(request).isWaitingAt("Task_SendClarification");
    assertThat(request).variables().containsEntry("status", "CLARIFICATION_REQUESTED");

    today(LocalDate.of(2025, 3, 12));
    submitTask(request, "Task_SendClarification", Map.of("clarificationDate", "2025-03-12"));

    LocalDate restarted = dueDate(Regime.UK_FOIA, LocalDate.of(2025, 3, 12));
    assertThat(restarted).isEqualTo(LocalDate.of(2025, 4, 10));
    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(request).variables().containsEntry("statutoryDueDate", restarted.toString());
    assertThat(openTask(request).getDueDate()).isEqualTo(at(restarted, LocalTime.of(23, 59, 59)));
  }

  @Test
  void aPaidFeeResumesTheClockWithoutTheDaysOfThePause() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    today(LocalDate.of(2025, 3, 10));
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-10", "feeAmount", "45.50"));
    assertThat(request).isWaitingAt("Task_PayOrDeclineFee");
    assertThat(request).variables()
        .containsEntry("feeNoticeDate", "2025-03-10")
        .containsEntry("feeLapseDate", "2025-06-09")
        .containsEntry("status", "FEE_PENDING");

    today(LocalDate.of(2025, 3, 14));
    submitTask(request, "Task_PayOrDeclineFee", Map.of("feeDecision", "PAID", "feePaidDate", "2025-03-14"));

    // 10-14 March (5 working days) do not count: 1 April moves 5 working days later.
    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(request).variables().containsEntry("statutoryDueDate", "2025-04-08");
  }

  @Test
  void aDeclinedFeeClosesTheRequest() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-03"));
    submitTask(request, "Task_PayOrDeclineFee", Map.of("feeDecision", "DECLINED"));

    assertThat(request).isEnded().hasPassed("End_FeeDeclined");
    assertThat(variable(request, "outcome")).isEqualTo("FEE_DECLINED");
  }

  @Test
  void anUnpaidFeeLapsesAfterThreeMonths() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    today(LocalDate.of(2025, 3, 10));
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-10"));

    today(LocalDate.of(2025, 6, 9), LocalTime.of(12, 0));
    runDueJobs(request);
    assertThat(request).isWaitingAt("Task_PayOrDeclineFee");

    today(LocalDate.of(2025, 6, 10), LocalTime.of(0, 30));
    runDueJobs(request);
    assertThat(request).isEnded().hasPassed("End_LapsedFeeUnpaid");
    assertThat(variable(request, "outcome")).isEqualTo("LAPSED_FEE_UNPAID");
  }

  @Test
  void aPublicInterestExtensionMovesTheTimersAndIsFlaggedBeyondTheIcoLimit() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    runDueJobs(request); // the confirmation email
    today(LocalDate.of(2025, 3, 28));
    submitTask(request, "Task_RecordResponse",
        Map.of("response", "PUBLIC_INTEREST_EXTENSION", "responseDate", "2025-03-28", "extendedDueDate", "2025-06-30"));

    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(request).variables()
        .containsEntry("statutoryDueDate", "2025-06-30")
        .containsEntry("extensionBeyondLimit", true)
        // 20 further working days after 1 April 2025 (Good Friday, Easter Monday skipped).
        .containsEntry("extensionLimitDate", "2025-05-01");
    Task task = openTask(request);
    assertThat(task.getDueDate()).isEqualTo(at(LocalDate.of(2025, 6, 30), LocalTime.of(23, 59, 59)));
    // The old due date's reminders are gone: nothing fires on 1 April any more.
    today(DUE, LocalTime.of(9, 0));
    assertThat(runDueJobs(request)).isZero();
  }

  @Test
  void anEirExtensionWithoutADateTakesTheFortyWorkingDayLimit() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("regime", "UK_EIR"));
    submitTask(request, "Task_RecordResponse", Map.of("response", "EIR_EXTENSION", "responseDate", "2025-03-03"));

    assertThat(request).variables()
        .containsEntry("statutoryDueDate", clock.calendar(Regime.UK_EIR).addWorkingDays(DUE, 20).toString())
        .containsEntry("extensionBeyondLimit", false);
  }

  @Test
  void withdrawingInTheResponseFormCloses() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    submitTask(request, "Task_RecordResponse", Map.of("response", "WITHDRAWN"));
    assertThat(request).isEnded().hasPassed("End_Withdrawn");
    assertThat(variable(request, "outcome")).isEqualTo("WITHDRAWN");
  }

  @Test
  void withdrawingByMessageAtAnyPointCancelsEveryTimer() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    submitTask(request, "Task_RecordResponse", Map.of("response", "FEES_NOTICE", "responseDate", "2025-03-03"));

    runtimeService.createMessageCorrelation("foi-withdraw").processInstanceBusinessKey(request.getBusinessKey()).correlate();

    assertThat(request).isEnded().hasPassed("End_WithdrawnByMessage");
    assertThat(variable(request, "outcome")).isEqualTo("WITHDRAWN");
    assertThat(managementService.createJobQuery().processInstanceId(request.getId()).count()).isZero();
  }

  @Test
  void theStartFormRefusesBadInputNamingTheFieldAndStartsNothing() {
    today(MONDAY);
    long before = runtimeService.createProcessInstanceQuery().count();
    Map<String, String> cases = new HashMap<>();
    cases.put("authorityEmail", "not-an-email");
    cases.put("regime", "MARS_FOIA");
    cases.put("sentDate", "2025-03-04");
    cases.put("requesterEmail", "");
    cases.put("requestText", "x".repeat(20_001));
    cases.forEach((field, value) ->
        assertThatThrownBy(() -> fileRequest(Map.of(field, value)))
            .isInstanceOf(FormFieldValidationException.class)
            .hasMessageContaining(field));
    assertThatThrownBy(() -> fileRequest(Map.of("sentDate", "2025-02-30")))
        .hasMessageContaining("sentDate: Date sent '2025-02-30' is not a date (day first");
    Map<String, Object> missingSubject = new HashMap<>();
    missingSubject.put("subject", null);
    assertThatThrownBy(() -> fileRequest(missingSubject)).hasMessageContaining("subject: Subject is required");

    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void theResponseFormRefusesWhatTheLawDoesNotAllow() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of("response", "NO_RESPONSE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("only be recorded after the due date 2025-04-01");
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of("response", "REFUSED", "responseDate", "2025-03-03")))
        .hasMessageContaining("exemptionsCited");
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse",
            Map.of("response", "PUBLIC_INTEREST_EXTENSION", "responseDate", "2025-03-03", "extendedDueDate", "2025-03-20")))
        .hasMessageContaining("extendedDueDate");
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of("response", "EIR_EXTENSION", "responseDate", "2025-03-03")))
        .hasMessageContaining("only to environmental requests");
    assertThatThrownBy(() -> submitTask(request, "Task_RecordResponse", Map.of("response", "IN_FULL", "responseDate", "2025-03-09")))
        .hasMessageContaining("in the future");

    assertThat(request).isWaitingAt("Task_RecordResponse");
    assertThat(variable(request, "response")).isNull();
  }

  private static Date at(LocalDate date, LocalTime time) {
    return Date.from(date.atTime(time).atZone(LONDON).toInstant());
  }
}
