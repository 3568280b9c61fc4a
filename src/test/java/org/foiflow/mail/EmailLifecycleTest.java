package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.foiflow.mail.MailCatcher.CaughtMail;
import org.foiflow.mail.OutboxMessage.Status;
import org.foiflow.reminder.DeadlineMoments;
import org.foiflow.reminder.ReminderKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every email of the lifecycle really travels over SMTP to the built-in catcher (the test
 * context's SMTP server), exactly once, also when the SMTP server is down for a while.
 */
class EmailLifecycleTest extends LifecycleTest {

  // Monday 3 March 2025; UK_FOIA due date Tuesday 1 April 2025.
  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final LocalDate DUE = LocalDate.of(2025, 4, 1);
  static final String AUTHORITY = "foirequests@homeoffice.gov.uk";
  static final String REQUESTER_EMAIL = "alice@example.org";
  static final Map<String, Object> BY_EMAIL = Map.of("sendBy", "EMAIL");

  @Autowired MailCatcher catcher;
  @Autowired Outbox outbox;
  @Autowired OutboxDelivery delivery;
  @Autowired DeadlineMoments moments;

  @AfterEach
  void catcherBackUp() {
    catcher.start();
  }

  @Test
  void filingByEmailSendsTheLetterToTheAuthorityAndConfirmsToTheRequester() {
    today(MONDAY);
    ProcessInstance request = fileRequest(BY_EMAIL);
    assertThat(received(request)).as("nothing is sent before the send jobs run").isEmpty();
    runDueJobs(request);

    CaughtMail letter = received(request, MailKind.REQUEST_LETTER, AUTHORITY);
    assertThat(letter.subject()).isEqualTo("Freedom of Information request " + request.getBusinessKey() + ": Tip-offs from MPs");
    assertThat(letter.from()).contains("foiflow@localhost");
    assertThat(letter.body())
        .contains("Dear Home Office")
        .contains("the Freedom of Information Act 2000")
        .contains("How many tip-offs did MPs pass")
        .contains("Tuesday 1 April 2025")
        .contains("Alice Reporter");
    CaughtMail confirmation = received(request, MailKind.CONFIRMATION, REQUESTER_EMAIL);
    assertThat(confirmation.subject()).contains(request.getBusinessKey()).contains("Home Office").contains("1 April 2025");
    assertThat(confirmation.body())
        .contains("FOI Flow has emailed it")
        // The task does not exist yet when the confirmation is written: Tasklist's home.
        .contains(servedAt() + "/camunda/app/tasklist/default/")
        .doesNotContain("?task=");
    assertThat(received(request)).hasSize(2);
    assertThat(outbox.forReference(request.getBusinessKey()))
        .allSatisfy(row -> {
          assertThat(row.status()).isEqualTo(Status.SENT);
          assertThat(row.attempts()).isEqualTo(1);
          assertThat(row.sentAt()).isNotNull();
          assertThat(row.dueDate()).isEqualTo(DUE);
          assertThat(row.processInstanceId()).isEqualTo(request.getId());
        });
  }

  @Test
  void aRequestSentElsewhereIsOnlyConfirmedAndNeverChased() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    runDueJobs(request);
    assertThat(received(request, MailKind.CONFIRMATION, REQUESTER_EMAIL).body()).contains("Send it to the authority yourself");

    today(LocalDate.of(2025, 4, 2), LocalTime.of(9, 0));
    runDueJobs(request);
    received(request, MailKind.RESPONSE_OVERDUE, REQUESTER_EMAIL);
    assertThat(received(request)).extracting(CaughtMail::to).containsOnly(List.of(REQUESTER_EMAIL));
    assertThat(request).hasPassed("Gateway_ChaseAuthority").hasNotPassed("Task_ChaseAuthority");
  }

  @Test
  void remindersLinkToTheOpenTaskAndTheOverdueAuthorityIsChasedOnceThenTheClarificationIsEmailed() {
    today(MONDAY);
    ProcessInstance request = fileRequest(BY_EMAIL);
    runDueJobs(request);
    String taskLink = servedAt() + "/camunda/app/tasklist/default/#/?task=" + openTask(request).getId();

    today(LocalDate.of(2025, 3, 25), LocalTime.of(9, 0));
    runDueJobs(request);
    CaughtMail dueSoon = received(request, MailKind.RESPONSE_DUE_SOON, REQUESTER_EMAIL);
    assertThat(dueSoon.subject()).contains(request.getBusinessKey()).contains("due 1 April 2025");
    assertThat(dueSoon.body()).contains("Home Office").contains("Tuesday 1 April 2025").contains(taskLink);

    today(DUE, LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(received(request, MailKind.RESPONSE_DUE, REQUESTER_EMAIL).subject()).contains("due today");

    today(LocalDate.of(2025, 4, 2), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(received(request, MailKind.RESPONSE_OVERDUE, REQUESTER_EMAIL).body()).contains(taskLink);
    CaughtMail chaser = received(request, MailKind.CHASER, AUTHORITY);
    assertThat(chaser.subject()).isEqualTo("Overdue: Freedom of Information request " + request.getBusinessKey() + ": Tip-offs from MPs");
    assertThat(chaser.body())
        .contains("section 10(1) of the Freedom of Information Act 2000")
        .contains("Tuesday 1 April 2025")
        .contains("3 March 2025");

    today(LocalDate.of(2025, 5, 1), LocalTime.of(9, 0));
    runDueJobs(request);
    assertThat(received(request, MailKind.RESPONSE_LONG_OVERDUE, REQUESTER_EMAIL).subject()).contains("long overdue");
    assertThat(received(request, MailKind.CHASER, AUTHORITY)).as("one chaser per due date").isNotNull();

    submitTask(request, "Task_RecordResponse", Map.of("response", "CLARIFICATION_REQUESTED", "responseDate", "2025-05-01"));
    submitTask(request, "Task_SendClarification",
        Map.of("clarificationDate", "2025-05-01", "clarificationText", "I mean tip-offs passed between 2014 and 2016."));
    runDueJobs(request);
    LocalDate newDue = dueDate(Regime.UK_FOIA, LocalDate.of(2025, 5, 1));
    CaughtMail clarification = received(request, MailKind.CLARIFICATION, AUTHORITY);
    assertThat(clarification.subject()).contains(request.getBusinessKey());
    assertThat(clarification.body()).contains("between 2014 and 2016").contains(longDate(newDue));
    assertThat(request).isWaitingAt("Task_RecordResponse");
  }

  @Test
  void aRequestFiledTwentyFiveWorkingDaysLateGetsExactlyOneReminderEmail() {
    LocalDate sent = LocalDate.of(2025, 1, 27);
    assertThat(clock.calendar(Regime.UK_FOIA).addWorkingDays(sent, 25)).isEqualTo(MONDAY);
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("sentDate", sent.toString()));

    runDueJobs(request);

    List<OutboxMessage> toRequester =
        outbox.forReference(request.getBusinessKey()).stream().filter(m -> m.kind() != MailKind.CONFIRMATION).toList();
    assertThat(toRequester).extracting(OutboxMessage::kind).containsExactly(MailKind.RESPONSE_OVERDUE);
    CaughtMail overdue = received(request, MailKind.RESPONSE_OVERDUE, REQUESTER_EMAIL);
    assertThat(overdue.body()).contains("Monday 24 February 2025");
    assertThat(received(request)).hasSize(2);
  }

  @Test
  void theReviewRequestAndEveryWindowReminderReachTheirRecipients() {
    today(MONDAY);
    ProcessInstance request = fileRequest(BY_EMAIL);
    today(LocalDate.of(2025, 4, 2));
    submitTask(request, "Task_RecordResponse", Map.of("response", "NO_RESPONSE"));
    String reviewWindow = (String) runtimeService.getVariable(request.getId(), "reviewRequestDeadline");

    at(ReminderKind.REVIEW_WINDOW_CLOSING, reviewWindow);
    runDueJobs(request);
    CaughtMail windowClosing = received(request, MailKind.REVIEW_WINDOW_CLOSING, REQUESTER_EMAIL);
    assertThat(windowClosing.subject()).contains(request.getBusinessKey()).contains(date(reviewWindow));
    assertThat(windowClosing.body()).contains("#/?task=" + openTask(request).getId());

    LocalDate asked = ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate();
    submitTask(request, "Task_DecideReview",
        Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", asked.toString(), "reviewGrounds", "No answer at all."));
    runDueJobs(request);
    ProcessInstance review = calledProcessInstance(request);
    String reviewDue = (String) runtimeService.getVariable(review.getId(), "reviewDueDate");
    CaughtMail reviewRequest = received(request, MailKind.REVIEW_REQUEST, AUTHORITY);
    assertThat(reviewRequest.subject()).isEqualTo("Internal review of Freedom of Information request " + request.getBusinessKey() + ": Tip-offs from MPs");
    assertThat(reviewRequest.body()).contains("No answer at all.").contains(longDate(LocalDate.parse(reviewDue)));

    at(ReminderKind.REVIEW_RESPONSE_DUE, reviewDue);
    runDueJobs(request);
    assertThat(received(request, MailKind.REVIEW_RESPONSE_DUE, REQUESTER_EMAIL).body()).contains(longDate(LocalDate.parse(reviewDue)));
    String reviewMax = (String) runtimeService.getVariable(review.getId(), "reviewMaxDueDate");
    at(ReminderKind.REVIEW_RESPONSE_OVERDUE, reviewMax);
    runDueJobs(request);
    assertThat(received(request, MailKind.REVIEW_RESPONSE_OVERDUE, REQUESTER_EMAIL).body()).contains("complain to the regulator");

    submitTask(request, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "NO_RESPONSE"));
    String complaintDeadline = (String) runtimeService.getVariable(request.getId(), "complaintDeadline");
    at(ReminderKind.COMPLAINT_WINDOW_CLOSING, complaintDeadline);
    runDueJobs(request);
    assertThat(received(request, MailKind.COMPLAINT_WINDOW_CLOSING, REQUESTER_EMAIL).subject()).contains(date(complaintDeadline));

    LocalDate complained = ClockUtil.getCurrentTime().toInstant().atZone(LONDON).toLocalDate();
    submitTask(request, "Task_DecideComplaint", Map.of("complaintDecision", "COMPLAIN", "complaintDate", complained.toString()));
    LocalDate notice = complained.plusMonths(3);
    today(notice);
    submitTask(request, "Task_RecordDecisionNotice", Map.of("regulatorDecision", "UPHELD", "decisionNoticeDate", notice.toString()));
    ProcessInstance complaint = calledProcessInstance(request);
    String tribunalDeadline = (String) runtimeService.getVariable(complaint.getId(), "tribunalDeadline");
    at(ReminderKind.TRIBUNAL_WINDOW_CLOSING, tribunalDeadline);
    runDueJobs(request);
    assertThat(received(request, MailKind.TRIBUNAL_WINDOW_CLOSING, REQUESTER_EMAIL).subject()).contains(date(tribunalDeadline));
  }

  @Test
  void smtpDownThenUpDeliversExactlyOnce() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    Job send = sendJob(request, MailKind.CONFIRMATION);

    catcher.stop();
    assertThatThrownBy(() -> managementService.executeJob(send.getId())).hasMessageContaining("Couldn't connect");
    OutboxMessage failed = row(request, MailKind.CONFIRMATION);
    assertThat(failed.status()).isEqualTo(Status.FAILED);
    assertThat(failed.attempts()).isEqualTo(1);
    assertThat(failed.lastError()).contains("Couldn't connect");
    Job retrying = managementService.createJobQuery().jobId(send.getId()).singleResult();
    assertThat(retrying.getRetries()).as("four back-off intervals: four more tries").isEqualTo(4);
    assertThat(retrying.getDuedate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(received(request)).isEmpty();

    catcher.start();
    managementService.executeJob(send.getId());
    received(request, MailKind.CONFIRMATION, REQUESTER_EMAIL);
    OutboxMessage sent = row(request, MailKind.CONFIRMATION);
    assertThat(sent.status()).isEqualTo(Status.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isNull();
    assertThat(runDueJobs(request)).isZero();
    assertThat(received(request)).hasSize(1);
  }

  @Test
  void whenMailIsBackTheEmailsWaitingOnARetryGoAtOnce() {
    today(MONDAY);
    ProcessInstance first = fileRequest(Map.of());
    ProcessInstance second = fileRequest(BY_EMAIL);
    Job firstConfirmation = sendJob(first, MailKind.CONFIRMATION);
    List<Job> waiting = List.of(sendJob(second, MailKind.CONFIRMATION), sendJob(second, MailKind.REQUEST_LETTER));

    catcher.stop();
    assertThatThrownBy(() -> managementService.executeJob(firstConfirmation.getId())).hasMessageContaining("Couldn't connect");
    for (Job job : waiting) {
      for (int attempt = 0; attempt < 2; attempt++) {
        assertThatThrownBy(() -> managementService.executeJob(job.getId())).hasMessageContaining("Couldn't connect");
      }
    }
    Date now = ClockUtil.getCurrentTime();
    assertThat(waiting).allSatisfy(job ->
        assertThat(job(job).getDuedate()).as("second back-off: 5 minutes").isEqualTo(new Date(now.getTime() + 5 * 60_000)));
    assertThat(runDueJobs(second)).isZero();

    catcher.start();
    managementService.executeJob(firstConfirmation.getId());
    received(first, MailKind.CONFIRMATION, REQUESTER_EMAIL);
    assertThat(waiting).allSatisfy(job -> {
      Job current = job(job);
      assertThat(current.getDuedate()).as("due now").isEqualTo(now);
      assertThat(current.getRetries()).as("retries kept").isEqualTo(3);
    });
    assertThat(runDueJobs(second)).isEqualTo(2);
    received(second, MailKind.CONFIRMATION, REQUESTER_EMAIL);
    received(second, MailKind.REQUEST_LETTER, AUTHORITY);
    assertThat(row(second, MailKind.REQUEST_LETTER).attempts()).isEqualTo(3);
  }

  @Test
  void whenTheRetriesRunOutAnIncidentShowsAndRetryingItSendsOnce() {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    Job send = sendJob(request, MailKind.CONFIRMATION);

    catcher.stop();
    int tries = 0;
    while (managementService.createJobQuery().jobId(send.getId()).singleResult().getRetries() > 0) {
      assertThatThrownBy(() -> managementService.executeJob(send.getId())).isNotNull();
      tries++;
    }
    assertThat(tries).isEqualTo(5);
    var incident = runtimeService.createIncidentQuery()
        .processInstanceId(send.getProcessInstanceId()).singleResult();
    assertThat(incident).isNotNull();
    assertThat(incident.getActivityId()).isEqualTo("Task_SendEmail");
    assertThat(row(request, MailKind.CONFIRMATION).attempts()).isEqualTo(5);
    assertThat(row(request, MailKind.CONFIRMATION).lastError()).contains("Couldn't connect");

    catcher.start();
    // Raising the retries alone ("Retry" in Cockpit) keeps the due date of the last back-off.
    managementService.setJobRetries(send.getId(), 1);
    assertThat(managementService.createJobQuery().jobId(send.getId()).singleResult().getDuedate())
        .as("due date after raising the retries").isAfter(ClockUtil.getCurrentTime());
    assertThat(runDueJobs(request)).as("nothing due yet").isZero();
    // What the README says to do: retries with a due date of now (PUT /engine-rest/job/{id}/retries).
    managementService.setJobRetries(1).jobId(send.getId()).dueDate(ClockUtil.getCurrentTime()).execute();
    runDueJobs(request);
    received(request, MailKind.CONFIRMATION, REQUESTER_EMAIL);
    assertThat(received(request)).hasSize(1);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(send.getProcessInstanceId()).count()).isZero();
  }

  @Test
  void runningTheWritingStepOrTheSendAgainSendsNoSecondCopy() {
    today(MONDAY);
    ProcessInstance request = fileRequest(BY_EMAIL);
    runDueJobs(request);
    long sendProcesses = sendProcessesOf(request);

    runtimeService.createProcessInstanceModification(request.getId()).startBeforeActivity("Task_ConfirmToRequester").execute();
    runtimeService.createProcessInstanceModification(request.getId()).startBeforeActivity("Task_EmailRequestLetter").execute();
    delivery.deliver(row(request, MailKind.CONFIRMATION).id());
    runDueJobs(request);

    assertThat(sendProcessesOf(request)).isEqualTo(sendProcesses);
    assertThat(received(request)).hasSize(2);
    assertThat(outbox.forReference(request.getBusinessKey())).hasSize(2);
  }

  /** Every email the catcher received about this request. */
  private List<CaughtMail> received(ProcessInstance request) {
    return catcher.caught().stream().filter(mail -> mail.subject().contains(request.getBusinessKey())).toList();
  }

  /** The one email of {@code kind} for this request: sent per the outbox, and caught once. */
  private CaughtMail received(ProcessInstance request, MailKind kind, String recipient) {
    OutboxMessage row = row(request, kind);
    assertThat(row.status()).isEqualTo(Status.SENT);
    assertThat(row.recipient()).isEqualTo(recipient);
    List<CaughtMail> caught =
        received(request).stream().filter(mail -> mail.subject().equals(row.subject())).toList();
    assertThat(caught).as("%s caught once", kind).hasSize(1);
    assertThat(caught.get(0).to()).containsExactly(recipient);
    return caught.get(0);
  }

  private OutboxMessage row(ProcessInstance request, MailKind kind) {
    List<OutboxMessage> rows = outbox.forReference(request.getBusinessKey()).stream().filter(m -> m.kind() == kind).toList();
    assertThat(rows).as("%s in the outbox", kind).hasSize(1);
    return rows.get(0);
  }

  private Job sendJob(ProcessInstance request, MailKind kind) {
    long id = row(request, kind).id();
    var sending =
        runtimeService.createProcessInstanceQuery().processDefinitionKey(Correspondence.SEND_PROCESS)
            .variableValueEquals(Correspondence.MESSAGE_ID_VARIABLE, id).singleResult();
    assertThat(sending.getBusinessKey()).isEqualTo(request.getBusinessKey());
    return managementService.createJobQuery().processInstanceId(sending.getId()).singleResult();
  }

  private Job job(Job job) {
    return managementService.createJobQuery().jobId(job.getId()).singleResult();
  }

  private long sendProcessesOf(ProcessInstance request) {
    return historyService.createHistoricProcessInstanceQuery()
        .processDefinitionKey(Correspondence.SEND_PROCESS).processInstanceBusinessKey(request.getBusinessKey()).count();
  }

  /** An hour after the moment the reminder of {@code kind} fires for {@code deadline}. */
  private void at(ReminderKind kind, String deadline) {
    Date moment = moments.reminder(kind.name(), deadline, "UK_FOIA");
    ClockUtil.setCurrentTime(new Date(moment.getTime() + 3_600_000));
  }

  private static String date(String iso) {
    return LocalDate.parse(iso).format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
  }

  private static String longDate(LocalDate date) {
    return date.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK));
  }
}
