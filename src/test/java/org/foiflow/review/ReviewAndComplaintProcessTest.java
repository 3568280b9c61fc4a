package org.foiflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

/** The paths after an unsatisfying answer: internal review, regulator complaint, tribunal. */
class ReviewAndComplaintProcessTest extends LifecycleTest {

  static final LocalDate SENT = LocalDate.of(2025, 3, 3);
  static final LocalDate REPLY = LocalDate.of(2025, 3, 20);

  private ProcessInstance refused(String regime) {
    today(SENT);
    ProcessInstance request = fileRequest(Map.of("regime", regime));
    today(REPLY);
    submitTask(request, "Task_RecordResponse",
        Map.of("response", "REFUSED", "responseDate", REPLY.toString(), "exemptionsCited", "s.31 law enforcement"));
    return request;
  }

  @Test
  void refusedThenReviewUpheldThenComplaintUpheldThenAppealed() {
    ProcessInstance request = refused("UK_FOIA");
    assertThat(request).isWaitingAt("Task_DecideReview");
    assertThat(request).variables()
        .containsEntry("status", "REVIEW_WINDOW_OPEN")
        // 40 working days after 20 March 2025, skipping Easter and the early May bank holiday.
        .containsEntry("reviewRequestDeadline", "2025-05-20");

    today(LocalDate.of(2025, 3, 25));
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-03-25"));
    assertThat(request).isWaitingAt("CallActivity_InternalReview");
    assertThat(request).variables().containsEntry("status", "IN_REVIEW");
    ProcessInstance review = calledProcessInstance(request);
    assertThat(review).isWaitingAt("Task_RecordReviewOutcome");
    assertThat(review.getBusinessKey()).isEqualTo(request.getBusinessKey());
    assertThat(review).variables()
        .containsEntry("reviewDueDate", "2025-04-24")
        .containsEntry("reviewMaxDueDate", clock.calendar(Regime.UK_FOIA).addWorkingDays(LocalDate.of(2025, 3, 25), 40).toString());

    today(LocalDate.of(2025, 4, 10));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "UPHELD", "reviewOutcomeDate", "2025-04-10"));
    assertThat(request).isWaitingAt("Task_DecideComplaint");
    assertThat(request).variables().containsEntry("complaintDeadline", "2025-05-22");

    today(LocalDate.of(2025, 4, 15));
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "COMPLAIN", "complaintDate", "2025-04-15"));
    assertThat(request).isWaitingAt("CallActivity_RegulatorComplaint");
    assertThat(request).variables().containsEntry("status", "WITH_REGULATOR");

    today(LocalDate.of(2025, 9, 2));
    submitTask(request, "Task_RecordDecisionNotice",
        Map.of("regulatorDecision", "UPHELD", "decisionNoticeDate", "2025-09-01", "decisionNoticeReference", "IC-123456-A1B2"));
    ProcessInstance complaint = calledProcessInstance(request);
    assertThat(complaint).isWaitingAt("Task_DecideTribunalAppeal");
    assertThat(complaint).variables().containsEntry("tribunalDeadline", "2025-09-29");

    today(LocalDate.of(2025, 9, 10));
    submitTask(request, "Task_DecideTribunalAppeal", Map.of("tribunalDecision", "APPEAL", "appealDate", "2025-09-10"));

    assertThat(request).isEnded().hasPassed("End_RegulatorDecided");
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED_COMPLAINT_UPHELD_APPEALED");
  }

  @Test
  void notHeldThenReviewOverturned() {
    today(SENT);
    ProcessInstance request = fileRequest(Map.of());
    today(REPLY);
    submitTask(request, "Task_RecordResponse", Map.of("response", "NOT_HELD", "responseDate", REPLY.toString()));
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    today(LocalDate.of(2025, 4, 1));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "OVERTURNED", "reviewOutcomeDate", "2025-04-01"));

    assertThat(request).isEnded().hasPassed("End_ReviewOverturned");
    assertThat(variable(request, "outcome")).isEqualTo("NOT_HELD_REVIEW_OVERTURNED");
  }

  @Test
  void inPartWithoutReviewCloses() {
    today(SENT);
    ProcessInstance request = fileRequest(Map.of());
    today(REPLY);
    submitTask(request, "Task_RecordResponse", Map.of("response", "IN_PART", "responseDate", REPLY.toString()));
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "NO_REVIEW"));

    assertThat(request).isEnded().hasPassed("End_NoReview");
    assertThat(variable(request, "outcome")).isEqualTo("DISCLOSED_IN_PART");
  }

  @Test
  void theReviewWindowClosesWithAReminderBefore() {
    ProcessInstance request = refused("UK_FOIA");
    // Five working days before 20 May 2025: 13 May.
    today(LocalDate.of(2025, 5, 13), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("REVIEW_WINDOW_CLOSING");
    assertThat(request).isWaitingAt("Task_DecideReview");

    today(LocalDate.of(2025, 5, 21), LocalTime.of(0, 30));
    runDueJobs(request);
    assertThat(request).isEnded().hasPassed("End_NoReview");
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED");
  }

  @Test
  void noAnswerThenReviewUnansweredThenTheComplaintWindowCloses() {
    today(SENT);
    ProcessInstance request = fileRequest(Map.of());
    today(LocalDate.of(2025, 4, 2));
    submitTask(request, "Task_RecordResponse", Map.of("response", "NO_RESPONSE"));
    assertThat(request).variables().containsEntry("reviewRequestDeadline",
        clock.reviewRequestDeadline(Regime.UK_FOIA, LocalDate.of(2025, 4, 1)).orElseThrow().toString());
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-04-02"));

    ProcessInstance review = calledProcessInstance(request);
    LocalDate reviewDue = LocalDate.parse((String) runtimeService.getVariable(review.getId(), "reviewDueDate"));
    LocalDate reviewMax = LocalDate.parse((String) runtimeService.getVariable(review.getId(), "reviewMaxDueDate"));
    assertThatThrownBy(() -> submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "NO_RESPONSE")))
        .isInstanceOf(FormFieldValidationException.class)
        .hasMessageContaining("reviewOutcome");

    today(reviewDue, LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(runtimeService.getVariable(review.getId(), "lastReminder")).isEqualTo("REVIEW_RESPONSE_DUE");
    LocalDate dayAfterMax = clock.calendar(Regime.UK_FOIA).addWorkingDays(reviewMax, 1);
    today(dayAfterMax, LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(runtimeService.getVariable(review.getId(), "lastReminder")).isEqualTo("REVIEW_RESPONSE_OVERDUE");

    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "NO_RESPONSE"));
    assertThat(request).isWaitingAt("Task_DecideComplaint");
    LocalDate complaintDeadline = dayAfterMax.plusWeeks(6);
    assertThat(request).variables().containsEntry("complaintDeadline", complaintDeadline.toString());

    today(complaintDeadline.minusDays(3), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(variable(request, "lastReminder")).isEqualTo("COMPLAINT_WINDOW_CLOSING");
    today(complaintDeadline.plusDays(1), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(request).isEnded().hasPassed("End_ReviewFinal");
    assertThat(variable(request, "outcome")).isEqualTo("NO_RESPONSE_REVIEW_UNANSWERED");
  }

  @Test
  void partlyOverturnedAndNoComplaint() {
    ProcessInstance request = refused("UK_EIR");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    // EIR reg 11(4): 40 working days for the reconsideration.
    assertThat(runtimeService.getVariable(calledProcessInstance(request).getId(), "reviewDueDate"))
        .isEqualTo(clock.calendar(Regime.UK_EIR).addWorkingDays(REPLY, 40).toString());
    today(LocalDate.of(2025, 4, 3));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "PARTLY_OVERTURNED", "reviewOutcomeDate", "2025-04-03"));
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "NO_COMPLAINT"));

    assertThat(request).isEnded().hasPassed("End_ReviewFinal");
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED_REVIEW_PARTLY_OVERTURNED");
  }

  @Test
  void scottishRequestsGoToTheCommissionerWithinSixMonthsAndHaveNoTribunalWindow() {
    ProcessInstance request = refused("SCOTLAND_FOISA");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    today(LocalDate.of(2025, 4, 10));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "UPHELD", "reviewOutcomeDate", "2025-04-10"));
    assertThat(request).variables().containsEntry("complaintDeadline", "2025-10-10");
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "COMPLAIN", "complaintDate", "2025-04-10"));
    today(LocalDate.of(2025, 8, 1));
    submitTask(request, "Task_RecordDecisionNotice", Map.of("regulatorDecision", "NOT_UPHELD", "decisionNoticeDate", "2025-08-01"));

    assertThat(request).isEnded().hasPassed("End_RegulatorDecided");
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED_COMPLAINT_NOT_UPHELD");
  }

  @Test
  void underFoisaAnEarlyAnswerDoesNotStartTheReviewWindowEarly() {
    // Filed 3 March 2025, due 31 March; answered early on 20 March. FOISA s.20(5): 40 working days
    // (Scottish calendar: Good Friday, 5 and 26 May off; Easter Monday is not) after 31 March.
    ProcessInstance early = refused("SCOTLAND_FOISA");
    assertThat(early).variables().containsEntry("statutoryDueDate", "2025-03-31").containsEntry("reviewRequestDeadline", "2025-05-29");

    // Answered late, on 2 April: 40 working days after the late answer was received.
    today(SENT);
    ProcessInstance late = fileRequest(Map.of("regime", "SCOTLAND_FOISA"));
    today(LocalDate.of(2025, 4, 2));
    submitTask(late, "Task_RecordResponse",
        Map.of("response", "REFUSED", "responseDate", "2025-04-02", "exemptionsCited", "s.35 law enforcement"));
    assertThat(late).variables().containsEntry("reviewRequestDeadline", "2025-06-02");

    // Elsewhere the window runs from the answer, early or not (FOIA: s.45 Code).
    assertThat(refused("UK_FOIA")).variables().containsEntry("reviewRequestDeadline", "2025-05-20");
  }

  @Test
  void underFoisaWithNoReviewOutcomeTheCommissionerWindowRunsFromTheEndOfTheReviewPeriod() {
    ProcessInstance request = refused("SCOTLAND_FOISA");
    today(LocalDate.of(2025, 3, 25));
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-03-25"));
    // FOISA s.21(1): 20 working days for the review, to 23 April 2025 (Good Friday off).
    assertThat(runtimeService.getVariable(calledProcessInstance(request).getId(), "reviewDueDate")).isEqualTo("2025-04-23");
    today(LocalDate.of(2025, 5, 2));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "NO_RESPONSE"));
    // s.47(4)(b): six months after the review period expired, not after 2 May.
    assertThat(request).variables().containsEntry("complaintDeadline", "2025-10-23");
  }

  @Test
  void theTribunalWindowClosesWithAReminderBefore() {
    ProcessInstance request = refused("UK_FOIA");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    today(LocalDate.of(2025, 4, 10));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "UPHELD", "reviewOutcomeDate", "2025-04-10"));
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "COMPLAIN", "complaintDate", "2025-04-10"));
    today(LocalDate.of(2025, 9, 1));
    submitTask(request, "Task_RecordDecisionNotice", Map.of("regulatorDecision", "PARTLY_UPHELD", "decisionNoticeDate", "2025-09-01"));
    ProcessInstance complaint = calledProcessInstance(request);

    today(LocalDate.of(2025, 9, 22), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(runtimeService.getVariable(complaint.getId(), "lastReminder")).isEqualTo("TRIBUNAL_WINDOW_CLOSING");
    today(LocalDate.of(2025, 9, 30), LocalTime.of(9, 0));
    runDueJobs(request);

    assertThat(request).isEnded();
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED_COMPLAINT_PARTLY_UPHELD");
  }

  @Test
  void theTribunalWindowEndsAt5pmOnTheNextWorkingDayWhenItsLastDayIsAHoliday() {
    ProcessInstance request = refused("UK_FOIA");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    today(LocalDate.of(2025, 4, 10));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "UPHELD", "reviewOutcomeDate", "2025-04-10"));
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "COMPLAIN", "complaintDate", "2025-04-10"));
    today(LocalDate.of(2025, 7, 28));
    submitTask(request, "Task_RecordDecisionNotice", Map.of("regulatorDecision", "NOT_UPHELD", "decisionNoticeDate", "2025-07-28"));
    // 28 days end on Monday 25 August, the summer bank holiday in England and Wales (GRC Rules r.12(3)).
    ProcessInstance complaint = calledProcessInstance(request);
    assertThat(runtimeService.getVariable(complaint.getId(), "tribunalDeadline")).isEqualTo("2025-08-26");

    today(LocalDate.of(2025, 8, 26), LocalTime.of(16, 59));
    runDueJobs(request);
    assertThat(complaint).isWaitingAt("Task_DecideTribunalAppeal");
    today(LocalDate.of(2025, 8, 26), LocalTime.of(17, 1));
    runDueJobs(request);
    assertThat(request).isEnded();
  }

  @Test
  void aRegimeWithoutARegulatorClosesAfterTheReview() {
    ProcessInstance request = refused("US_FOIA");
    submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", REPLY.toString()));
    today(LocalDate.of(2025, 4, 10));
    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "UPHELD", "reviewOutcomeDate", "2025-04-10"));

    assertThat(request).isEnded().hasPassed("End_ReviewFinal");
    assertThat(variable(request, "outcome")).isEqualTo("REFUSED_REVIEW_UPHELD");
  }

  @Test
  void decisionFormsRefuseMissingDatesAndDatesOutsideTheWindow() {
    ProcessInstance request = refused("UK_FOIA");
    assertThatThrownBy(() -> submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW")))
        .hasMessageContaining("reviewRequestedDate: Date the review was requested is required");
    assertThatThrownBy(() -> submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "MAYBE")))
        .hasMessageContaining("reviewDecision");
    assertThatThrownBy(() -> submitTask(request, "Task_DecideReview",
            Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-03-19")))
        .hasMessageContaining("is before 2025-03-20");
    assertThat(request).isWaitingAt("Task_DecideReview");
  }
}
