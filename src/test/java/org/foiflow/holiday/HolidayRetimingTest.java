package org.foiflow.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.foiflow.mail.MailCatcher.CaughtMail;
import org.foiflow.mail.MailCatcher;
import org.foiflow.reminder.DeadlineMoments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Issue 15, rule 13: a holiday added inside a running request's window, through the API as an
 * administrator would, moves the due date, the task's due date, every timer and the reminders,
 * is written to the task's history and emailed to the requester; removing it moves them back;
 * adding it twice changes nothing. In 2033, which no other test uses, outside the official list.
 */
class HolidayRetimingTest extends LifecycleTest {

  static final LocalDate FILED = LocalDate.of(2033, 2, 7); // Monday
  static final String HOLIDAY =
      "{\"date\": \"2033-02-15\", \"name\": \"Day of mourning\", \"divisions\": [\"scotland\"]}";
  static final Regime REGIME = Regime.SCOTLAND_FOISA;
  static final Map<String, String> TIMERS =
      Map.of(
          "Timer_ResponseDueSoon", "RESPONSE_DUE_SOON",
          "Timer_ResponseDue", "RESPONSE_DUE",
          "Timer_ResponseOverdue", "RESPONSE_OVERDUE",
          "Timer_ResponseLongOverdue", "RESPONSE_LONG_OVERDUE");

  @Autowired TestRestTemplate http;
  @Autowired MailCatcher catcher;
  @Autowired DeadlineMoments moments;

  @Test
  void aHolidayAddedInsideTheWindowMovesTheClockAndTellsTheRequesterAndRemovingItMovesItBack() {
    TestRestTemplate admin = http.withBasicAuth("admin", HolidayApiTest.ADMIN_PASSWORD);
    today(FILED);
    ProcessInstance request = fileRequest(Map.of("regime", REGIME.name()));
    runDueJobs(request);
    String reference = request.getBusinessKey();
    LocalDate due = dueDate(REGIME, FILED);
    assertThat(due).isEqualTo(LocalDate.of(2033, 3, 7));
    assertClockOn(request, due);
    try {
      ResponseEntity<String> added = HolidayApiTest.post(admin, HOLIDAY);
      assertThat(added.getStatusCode()).as(added.getBody()).isEqualTo(HttpStatus.CREATED);
      assertThat(added.getBody()).contains("\"retimed\":[").contains("\"" + reference + "\"");
      LocalDate later = LocalDate.of(2033, 3, 8);
      assertThat(dueDate(REGIME, FILED)).as("the clock and the calculator see it at once").isEqualTo(later);
      assertThat(http.getForObject("/api/deadlines?regime=SCOTLAND_FOISA&received=2033-02-07", String.class))
          .contains("\"due\":\"2033-03-08\"").contains("Day of mourning");
      assertClockOn(request, later);
      assertThat(comments(request))
          .anyMatch(c -> c.equals("A bank holiday, 15 February 2033 (Day of mourning), was added in Scotland: "
              + reference + " is now due on Tuesday 8 March 2033 (before: Monday 7 March 2033)."));
      runDueJobs(request);
      assertThat(emailsAbout(reference, "new date, 8 March 2033")).singleElement()
          .satisfies(mail -> assertThat(mail.body()).contains(
              "A bank holiday, 15 February 2033 (Day of mourning), was added in Scotland: your request "
                  + reference + " is now due on Tuesday 8 March 2033."));

      ResponseEntity<String> again = HolidayApiTest.post(admin, HOLIDAY);
      assertThat(again.getStatusCode()).as("adding it twice changes nothing").isEqualTo(HttpStatus.OK);
      assertThat(again.getBody()).contains("\"retimed\":[]");
      assertClockOn(request, later);
      assertThat(runDueJobs(request)).isZero();
      assertThat(emailsAbout(reference, "new date")).hasSize(1);
      assertThat(comments(request)).hasSize(1);

      // Not a Scottish request's holiday: nothing moves.
      ResponseEntity<String> elsewhere =
          HolidayApiTest.post(admin, "{\"date\": \"2033-02-16\", \"name\": \"Elsewhere\", \"divisions\": [\"northern-ireland\"]}");
      assertThat(elsewhere.getStatusCode()).isEqualTo(HttpStatus.CREATED);
      assertThat(elsewhere.getBody()).doesNotContain(reference);
      assertClockOn(request, later);
    } finally {
      HolidayApiTest.delete(admin, "/api/holidays/2033-02-16/northern-ireland");
      assertThat(HolidayApiTest.delete(admin, "/api/holidays/2033-02-15/scotland").getStatusCode())
          .isEqualTo(HttpStatus.NO_CONTENT);
    }
    assertClockOn(request, due);
    runDueJobs(request);
    assertThat(emailsAbout(reference, "new date, 7 March 2033")).singleElement()
        .satisfies(mail -> assertThat(mail.body()).contains(
            "The bank holiday of 15 February 2033 (Day of mourning) in Scotland was removed: your request "
                + reference + " is now due on Monday 7 March 2033."));
    assertThat(HolidayApiTest.delete(admin, "/api/holidays/2033-02-15/scotland").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  /** The review request window, then the internal review's own clock in its called process, move too. */
  @Test
  void aHolidayMovesTheReviewWindowAndTheReviewAnswerInItsCalledProcess() {
    TestRestTemplate admin = http.withBasicAuth("admin", HolidayApiTest.ADMIN_PASSWORD);
    LocalDate answered = LocalDate.of(2033, 6, 20);
    today(LocalDate.of(2033, 6, 6));
    ProcessInstance request = fileRequest(Map.of("regime", "UK_FOIA"));
    today(answered);
    submitTask(request, "Task_RecordResponse", Map.of("response", "NOT_HELD", "responseDate", answered.toString()));
    LocalDate window = LocalDate.parse((String) variable(request, "reviewRequestDeadline"));
    String holiday = "{\"date\": \"2033-07-05\", \"name\": \"Day of thanks\", \"divisions\": [\"england-and-wales\"]}";
    try {
      assertThat(HolidayApiTest.post(admin, holiday).getStatusCode()).isEqualTo(HttpStatus.CREATED);
      LocalDate later = LocalDate.parse((String) variable(request, "reviewRequestDeadline"));
      assertThat(later).isEqualTo(clock.calendar(Regime.UK_FOIA).addWorkingDays(window, 1)).isAfter(window);
      assertWaitsOn(request, "reviewRequestDeadline", later, Map.of("Timer_ReviewWindowClosing", "dueSoon", "Timer_ReviewWindowClosed", "endOf"));

      submitTask(request, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", answered.toString()));
      ProcessInstance review = calledProcessInstance(request);
      LocalDate reviewDue = LocalDate.parse((String) variable(review, "reviewDueDate"));
      LocalDate reviewMax = LocalDate.parse((String) variable(review, "reviewMaxDueDate"));
      HolidayApiTest.delete(admin, "/api/holidays/2033-07-05/england-and-wales");
      LocalDate earlier = LocalDate.parse((String) variable(review, "reviewDueDate"));
      assertThat(earlier).isEqualTo(clock.calendar(Regime.UK_FOIA).subtractWorkingDays(reviewDue, 1));
      assertThat(openTask(request).getDueDate()).isEqualTo(moments.endOf(earlier.toString(), "UK_FOIA"));
      assertThat(timerOf(review, "Timer_ReviewResponseDue"))
          .isEqualTo(moments.reminder("REVIEW_RESPONSE_DUE", earlier.toString(), "UK_FOIA"));
      LocalDate earlierMax = LocalDate.parse((String) variable(review, "reviewMaxDueDate"));
      assertThat(earlierMax).isBefore(reviewMax);
      assertThat(timerOf(review, "Timer_ReviewResponseOverdue"))
          .isEqualTo(moments.reminder("REVIEW_RESPONSE_OVERDUE", earlierMax.toString(), "UK_FOIA"));
      runDueJobs(request);
      assertThat(emailsAbout(request.getBusinessKey(), "new date")).extracting(CaughtMail::body)
          .anyMatch(body -> body.contains("should have its internal review answered by " + DAY.format(earlier)));
    } finally {
      HolidayApiTest.delete(admin, "/api/holidays/2033-07-05/england-and-wales");
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

  private void assertWaitsOn(ProcessInstance request, String variable, LocalDate date, Map<String, String> timers) {
    assertThat(variable(request, variable)).isEqualTo(date.toString());
    Task task = openTask(request);
    assertThat(task.getDueDate()).isEqualTo(moments.endOf(date.toString(), "UK_FOIA"));
    timers.forEach(
        (timer, moment) ->
            assertThat(timerOf(request, timer)).as(timer)
                .isEqualTo(moment.equals("endOf") ? moments.endOf(date.toString(), "UK_FOIA") : moments.dueSoon(date.toString(), "UK_FOIA")));
  }

  private Date timerOf(ProcessInstance instance, String timer) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(timer).singleResult().getDuedate();
  }

  /** The variable, the task's due and follow-up dates and every response timer agree with {@code due}. */
  private void assertClockOn(ProcessInstance request, LocalDate due) {
    String date = due.toString();
    assertThat(variable(request, "statutoryDueDate")).isEqualTo(date);
    Task task = openTask(request);
    assertThat(task.getDueDate()).isEqualTo(moments.endOf(date, REGIME.name()));
    assertThat(task.getFollowUpDate()).isEqualTo(moments.dueSoon(date, REGIME.name()));
    TIMERS.forEach(
        (timer, kind) ->
            assertThat(managementService.createJobQuery().processInstanceId(request.getId()).activityId(timer)
                    .singleResult().getDuedate())
                .as(timer)
                .isEqualTo(moments.reminder(kind, date, REGIME.name())));
  }

  private List<String> comments(ProcessInstance request) {
    return taskService.getProcessInstanceComments(request.getId()).stream().map(c -> c.getFullMessage()).toList();
  }

  private List<CaughtMail> emailsAbout(String reference, String subject) {
    return catcher.caught().stream()
        .filter(mail -> mail.subject().startsWith(reference + ":") && mail.subject().contains(subject))
        .toList();
  }
}
