package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, rule 9: a regime counts and fires in its own time zone. A US request filed at 20:30 in
 * New York (01:30 UTC, already the next day in London) is received that New York day, and its
 * task and timers end and fire at New York times; a UK request filed at the same moment keeps
 * London's day.
 */
class RegimeTimeZoneTest extends LifecycleTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  /** Tuesday 2 December 2031, 20:30 in New York (a year no other lifecycle test files in). */
  static final Instant FILED = ZonedDateTime.of(2031, 12, 2, 20, 30, 0, 0, NEW_YORK).toInstant();

  @Test
  void aUsRequestFiledAtHalfPastEightInNewYorkCountsFromThatDayThere() {
    assertThat(FILED).isEqualTo(Instant.parse("2031-12-03T01:30:00Z"));
    ClockUtil.setCurrentTime(Date.from(FILED));
    // Emailed by FOI Flow, dated the New York day: not "in the past" although London is on the 3rd.
    ProcessInstance request =
        fileRequest(Map.of("regime", "US_FOIA", "sendBy", "EMAIL", "sentDate", "2031-12-02", "authorityName", "Federal Bureau of Investigation"));
    LocalDate dayZero = LocalDate.of(2031, 12, 2);
    assertThat(variable(request, "receivedDate")).isEqualTo(dayZero.toString());
    LocalDate due = dueDate(Regime.US_FOIA, dayZero);
    assertThat(variable(request, "statutoryDueDate")).isEqualTo(due.toString());
    assertThat(openTask(request).getDueDate())
        .as("the task ends with the New York day")
        .isEqualTo(Date.from(due.atTime(23, 59, 59).atZone(NEW_YORK).toInstant()));
    Job dueReminder = timer(request, "Timer_ResponseDue");
    assertThat(dueReminder.getDuedate()).isEqualTo(Date.from(due.atTime(8, 0).atZone(NEW_YORK).toInstant()));

    // 07:30 in New York on the due day is 12:30 in London: the 08:00 reminder has not fired yet.
    ClockUtil.setCurrentTime(Date.from(due.atTime(7, 30).atZone(NEW_YORK).toInstant()));
    runDueJobs(request);
    assertThat(managementService.createJobQuery().jobId(dueReminder.getId()).count()).isOne();
    ClockUtil.setCurrentTime(Date.from(due.atTime(8, 0).atZone(NEW_YORK).toInstant()));
    runDueJobs(request);
    assertThat(managementService.createJobQuery().jobId(dueReminder.getId()).count()).isZero();
    assertThat(variable(request, "lastReminder")).isEqualTo("RESPONSE_DUE");
  }

  @Test
  void aUkRequestFiledAtTheSameMomentKeepsLondonsDay() {
    ClockUtil.setCurrentTime(Date.from(FILED));
    ProcessInstance request = fileRequest(Map.of("regime", "UK_FOIA", "sendBy", "EMAIL"));
    LocalDate dayZero = LocalDate.of(2031, 12, 3);
    assertThat(variable(request, "receivedDate")).isEqualTo(dayZero.toString());
    LocalDate due = dueDate(Regime.UK_FOIA, dayZero);
    assertThat(openTask(request).getDueDate()).isEqualTo(Date.from(due.atTime(23, 59, 59).atZone(LONDON).toInstant()));
    assertThat(timer(request, "Timer_ResponseDue").getDuedate())
        .isEqualTo(Date.from(due.atTime(LocalTime.of(8, 0)).atZone(LONDON).toInstant()));
  }

  private Job timer(ProcessInstance request, String activityId) {
    return managementService.createJobQuery().processInstanceId(request.getId()).activityId(activityId).singleResult();
  }
}
