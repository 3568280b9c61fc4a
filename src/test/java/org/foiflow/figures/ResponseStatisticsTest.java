package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.foiflow.contract.Regime;
import org.foiflow.figures.ResponseStatistics.AuthorityStatistics;
import org.foiflow.figures.ResponseStatistics.RequestHistory;
import org.junit.jupiter.api.Test;

class ResponseStatisticsTest {

  // Weekdays only: enough to check the arithmetic; the real calendar is the statutory clock's.
  private static final ResponseStatistics.WorkingDays WEEKDAYS =
      (regime, from, to) ->
          (int) from.plusDays(1).datesUntil(to.plusDays(1))
              .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
              .count();

  private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  private static final LocalDate DUE = LocalDate.of(2025, 3, 31);

  private static RequestHistory request(String authority, String response, LocalDate answered, String reviewOutcome) {
    return new RequestHistory("FOI-1", authority, Regime.UK_FOIA, MONDAY, DUE, response, answered, null, reviewOutcome);
  }

  @Test
  void countsAnswersOnTimeMedianRefusalsAndOverturnedReviews() {
    List<AuthorityStatistics> stats =
        new ResponseStatistics(WEEKDAYS).of(List.of(
            request("Home Office", "IN_FULL", MONDAY.plusDays(7), null), // 5 working days, on time
            request("home office ", "REFUSED", DUE, "OVERTURNED"), // 20, on the due date
            request("Home Office", "IN_PART", DUE.plusDays(1), "UPHELD"), // 21, late
            request("Home Office", "NOT_HELD", MONDAY.plusDays(14), null), // 10, on time
            request("Home Office", "NO_RESPONSE", null, null), // due, never answered
            request("Home Office", "ACKNOWLEDGED", MONDAY, null), // still waiting
            request("Home Office", null, null, null)), // just filed
            DUE); // on the due date, nobody is late yet

    assertThat(stats).containsExactly(
        new AuthorityStatistics("Home Office", 7, 4, 5, 3, new java.math.BigDecimal("0.6000"),
            new java.math.BigDecimal("15.0"), 1, 2, 1));
  }

  @Test
  void anAuthorityWithoutAnswersHasNoShareAndNoMedian() {
    List<AuthorityStatistics> stats =
        new ResponseStatistics(WEEKDAYS).of(List.of(
            request("Zeta Council", null, null, null),
            request("Alpha Council", "IN_FULL", MONDAY.plusDays(2), null),
            request(null, "IN_FULL", MONDAY, null)),
        DUE);

    assertThat(stats).extracting(AuthorityStatistics::authority).containsExactly("Alpha Council", "Zeta Council");
    assertThat(stats.get(0).medianWorkingDays()).isEqualByComparingTo("2");
    assertThat(stats.get(1).onTimeShare()).isNull();
    assertThat(stats.get(1).medianWorkingDays()).isNull();
  }

  @Test
  void aRequestPastItsDueDateWithoutAnAnswerIsLateAtOnce() {
    List<RequestHistory> history = List.of(
        request("Home Office", "IN_FULL", MONDAY.plusDays(7), null), // on time
        request("Home Office", null, null, null), // nothing recorded
        request("Home Office", "ACKNOWLEDGED", MONDAY, null), // only acknowledged
        request("Home Office", "FEES_NOTICE", MONDAY.plusDays(3), null), // clock paused: not late
        request("Home Office", "WITHDRAWN", MONDAY.plusDays(3), null)); // nobody's lateness

    AuthorityStatistics onTheDueDate = new ResponseStatistics(WEEKDAYS).of(history, DUE).get(0);
    AuthorityStatistics theDayAfter = new ResponseStatistics(WEEKDAYS).of(history, DUE.plusDays(1)).get(0);

    assertThat(onTheDueDate.dueOrAnswered()).isEqualTo(1);
    assertThat(onTheDueDate.onTimeShare()).isEqualByComparingTo("1");
    assertThat(theDayAfter.dueOrAnswered()).isEqualTo(3);
    assertThat(theDayAfter.answeredOnTime()).isEqualTo(1);
    assertThat(theDayAfter.onTimeShare()).isEqualByComparingTo("0.3333");
  }

  @Test
  void aReviewInProgressCountsAsAReview() {
    RequestHistory inReview =
        new RequestHistory("FOI-2", "Home Office", Regime.UK_FOIA, MONDAY, DUE, "REFUSED", MONDAY.plusDays(7), DUE, null);

    AuthorityStatistics stats = new ResponseStatistics(WEEKDAYS).of(List.of(inReview), DUE).get(0);

    assertThat(stats.reviews()).isEqualTo(1);
    assertThat(stats.reviewsOverturned()).isZero();
  }
}
