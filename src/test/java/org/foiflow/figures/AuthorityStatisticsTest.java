package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

/** GET /api/authorities/stats on a history seeded through the real process. */
class AuthorityStatisticsTest extends LifecycleTest {

  // Monday 3 March 2025; due 1 April 2025 (20 working days, St Patrick's Day skipped).
  static final LocalDate SENT = LocalDate.of(2025, 3, 3);

  @Autowired TestRestTemplate http;

  @Test
  void countsRequestsAnswersOnTimeMedianRefusalsAndOverturnedReviews() {
    String authority = "Borough Council " + UUID.randomUUID();
    Map<String, Object> toAuthority = Map.of("authorityName", authority, "authorityEmail", "foi@borough.example");

    today(SENT);
    ProcessInstance onTime = fileRequest(toAuthority);
    ProcessInstance late = fileRequest(toAuthority);
    ProcessInstance unanswered = fileRequest(toAuthority);
    ProcessInstance waiting = fileRequest(toAuthority);

    today(LocalDate.of(2025, 3, 20));
    // 12 working days: 4-20 March without St Patrick's Day.
    submitTask(onTime, "Task_RecordResponse", Map.of("response", "IN_FULL", "responseDate", "2025-03-20"));
    submitTask(waiting, "Task_RecordResponse", Map.of("response", "ACKNOWLEDGED", "responseDate", "2025-03-20"));

    today(LocalDate.of(2025, 4, 2));
    // 21 working days: one day late.
    submitTask(late, "Task_RecordResponse",
        Map.of("response", "REFUSED", "responseDate", "2025-04-02", "exemptionsCited", "s.43 commercial interests"));
    submitTask(unanswered, "Task_RecordResponse", Map.of("response", "NO_RESPONSE"));
    submitTask(late, "Task_DecideReview", Map.of("reviewDecision", "ASK_REVIEW", "reviewRequestedDate", "2025-04-02"));
    today(LocalDate.of(2025, 4, 20));
    submitTask(late, "Task_RecordReviewOutcome", Map.of("reviewOutcome", "OVERTURNED", "reviewOutcomeDate", "2025-04-17"));

    List<Map<String, Object>> stats =
        http.withBasicAuth("admin", "Test-Owner-Secret-1")
            .exchange("/api/authorities/stats", HttpMethod.GET, null, new ParameterizedTypeReference<List<Map<String, Object>>>() {})
            .getBody();

    assertThat(stats).filteredOn(row -> authority.equals(row.get("authority"))).singleElement().satisfies(row -> assertThat(row)
        .containsEntry("requests", 4)
        .containsEntry("answered", 2)
        // "waiting" was only acknowledged and is past its due date (1 April) on 20 April: late
        // already, without anyone recording "no response".
        .containsEntry("dueOrAnswered", 4)
        .containsEntry("answeredOnTime", 1)
        .containsEntry("onTimeShare", 0.25)
        .containsEntry("medianWorkingDays", 16.5)
        .containsEntry("refusals", 1)
        .containsEntry("reviews", 1)
        .containsEntry("reviewsOverturned", 1));
  }
}
