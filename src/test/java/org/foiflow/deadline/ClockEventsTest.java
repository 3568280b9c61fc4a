package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What moves a running clock, and the dates after the response. Expected dates counted by hand. */
class ClockEventsTest {

  private final StatutoryClock clock = ClockFixture.clock();

  private static LocalDate date(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} received {1}, clarified {2}: due {3}")
  @CsvSource({
    // FOIA s.1(3), s.10(6)(b): a new full 20 WD from receipt of the clarification
    "UK_FOIA,        2024-12-20, 2025-01-06, 2025-02-03",
    "UK_FOIA,        2024-12-20, 2025-01-11, 2025-02-07", // clarification on a Saturday: day 0
    "UK_EIR,         2024-12-20, 2025-01-06, 2025-02-03", // reg 9(4)
    "SCOTLAND_FOISA, 2024-12-20, 2025-01-06, 2025-02-03", // s.10(1)(b)
  })
  void clarificationStartsANewPeriod(Regime regime, LocalDate received, LocalDate clarified, LocalDate due) {
    Deadline deadline = clock.responseDue(regime, RequestEvents.receivedOn(received).clarifiedOn(clarified));

    assertThat(deadline.due()).isEqualTo(due);
    assertThat(deadline.clockStart()).isEqualTo(clarified);
    assertThat(deadline.workingDays()).isEqualTo(20);
  }

  @ParameterizedTest(name = "fees notice {1}, paid {2}: due {3}")
  @CsvSource({
    // received Fri 31 May 2024, due 28 Jun without a fee; s.10(2): notice day to payment day not counted
    "2024-05-31, 2024-06-10, 2024-06-14, 2024-07-05, 5",
    "2024-05-31, 2024-06-07, 2024-06-10, 2024-07-02, 2", // Fri to Mon: both ends are paused
    "2024-05-31, 2024-06-08, 2024-06-09, 2024-06-28, 0", // a weekend pause changes nothing
  })
  void feePauseIsNotCounted(
      LocalDate received, LocalDate noticeGiven, LocalDate feeReceived, LocalDate due, int paused) {
    Deadline deadline =
        clock.responseDue(
            Regime.UK_FOIA,
            RequestEvents.receivedOn(received).withFeePause(new FeePause(noticeGiven, feeReceived)));

    assertThat(deadline.due()).isEqualTo(due);
    assertThat(deadline.pausedWorkingDays()).isEqualTo(paused);
    assertThat(deadline.workingDays()).isEqualTo(20);
  }

  @Test
  void clarificationAndFeePauseTogether() {
    // clarified Mon 6 Jan 2025 (new period to 3 Feb); fee notice Mon 13 Jan, paid Wed 15 Jan: +3 WD
    var events =
        RequestEvents.receivedOn(date("2024-12-20"))
            .clarifiedOn(date("2025-01-06"))
            .withFeePause(new FeePause(date("2025-01-13"), date("2025-01-15")));

    assertThat(clock.responseDue(Regime.UK_FOIA, events).due()).isEqualTo(date("2025-02-06"));
  }

  @ParameterizedTest(name = "{0} received {1}: extended due at most {2}")
  @CsvSource({
    "UK_FOIA,   2024-12-20, 2025-02-20", // s.10(3): ICO, normally no more than 20 further WD
    "UK_EIR,    2024-12-20, 2025-02-20", // reg 7(1): the 40th WD after receipt
    "UK_SCHOOL, 2024-12-20, 2025-04-22", // 60th WD 21 Mar + 20 WD (Easter 18-21 Apr skipped)
    "US_FOIA,   2023-12-22, 2024-02-07", // 552(a)(6)(B)(i): +10 WD
    "IE_FOI,    2023-12-22, 2024-02-22", // s.14: +4 weeks; St Brigid's Day 5 Feb 2024 skipped
  })
  void maximumExtendedDueDate(Regime regime, LocalDate received, LocalDate max) {
    assertThat(clock.maxExtendedDue(regime, RequestEvents.receivedOn(received))).contains(max);
  }

  @Test
  void scotlandHasNoExtension() {
    var events = RequestEvents.receivedOn(date("2024-12-20"));
    assertThat(clock.maxExtendedDue(Regime.SCOTLAND_FOISA, events)).isEmpty();
    assertThat(clock.checkExtension(Regime.SCOTLAND_FOISA, events, date("2025-02-01"))).isEmpty();
  }

  @Test
  void foiaPublicInterestExtensionIsFlaggedBeyondTwentyFurtherWorkingDays() {
    var events = RequestEvents.receivedOn(date("2024-12-20"));

    ExtensionCheck within = clock.checkExtension(Regime.UK_FOIA, events, date("2025-02-20")).orElseThrow();
    ExtensionCheck beyond = clock.checkExtension(Regime.UK_FOIA, events, date("2025-02-21")).orElseThrow();

    assertThat(within.beyondLimit()).isFalse();
    assertThat(beyond.beyondLimit()).isTrue();
    assertThat(beyond.limit()).isEqualTo(date("2025-02-20"));
    assertThat(beyond.rule()).contains("s.10(3)").contains("ICO");
  }

  @Test
  void eirExtensionIsLimitedToFortyWorkingDaysAfterReceipt() {
    var events = RequestEvents.receivedOn(date("2024-12-20"));

    assertThat(clock.checkExtension(Regime.UK_EIR, events, date("2025-02-20")).orElseThrow().beyondLimit()).isFalse();
    ExtensionCheck beyond = clock.checkExtension(Regime.UK_EIR, events, date("2025-02-21")).orElseThrow();
    assertThat(beyond.beyondLimit()).isTrue();
    assertThat(beyond.rule()).contains("reg 7(1)");
  }

  @ParameterizedTest(name = "{0} response {1}: review request by {2}")
  @CsvSource({
    "UK_FOIA,        2025-01-23, 2025-03-21", // 40 WD; 17 Mar (NI) skipped
    "UK_EIR,         2025-01-23, 2025-03-21", // reg 11(2)
    "SCOTLAND_FOISA, 2025-01-23, 2025-03-20", // s.20(5); 17 Mar counts
    "US_FOIA,        2025-01-23, 2025-04-23", // at least 90 days
    "IE_FOI,         2025-01-23, 2025-02-21", // 4 weeks = 20 WD; St Brigid 3 Feb skipped
  })
  void reviewRequestDeadline(Regime regime, LocalDate response, LocalDate deadline) {
    assertThat(clock.reviewRequestDeadline(regime, response)).contains(deadline);
  }

  @Test
  void reviewResponse() {
    LocalDate requested = date("2025-03-03");
    // Code of Practice: 20 WD (17 Mar NI skipped), 40 WD at most (Easter 18, 21 Apr skipped)
    assertThat(clock.reviewResponseDue(Regime.UK_FOIA, requested)).contains(date("2025-04-01"));
    assertThat(clock.reviewResponseMax(Regime.UK_FOIA, requested)).contains(date("2025-05-01"));
    // EIR reg 11(4): 40 WD, no separate maximum
    assertThat(clock.reviewResponseDue(Regime.UK_EIR, requested)).contains(date("2025-05-01"));
    assertThat(clock.reviewResponseMax(Regime.UK_EIR, requested)).isEmpty();
    // FOISA s.21(1): 20 WD, Scottish calendar
    assertThat(clock.reviewResponseDue(Regime.SCOTLAND_FOISA, requested)).contains(date("2025-03-31"));
    // IE s.21: 3 weeks = 15 WD; St Patrick's Day skipped
    assertThat(clock.reviewResponseDue(Regime.IE_FOI, requested)).contains(date("2025-03-25"));
    // 5 U.S.C. 552(a)(6)(A)(ii): appeal decided within 20 WD (no federal holiday in March 2025)
    assertThat(clock.reviewResponseDue(Regime.US_FOIA, requested)).contains(date("2025-03-31"));
  }

  @Test
  void regulatorAndTribunal() {
    // ICO: six weeks from the review outcome; or 40 WD after the review request without one
    assertThat(clock.regulatorComplaintDeadline(Regime.UK_FOIA, date("2025-01-23"))).contains(date("2025-03-06"));
    assertThat(clock.regulatorNoReviewOutcomeDate(Regime.UK_FOIA, date("2025-03-03"))).contains(date("2025-05-01"));
    assertThat(clock.regulatorNoReviewOutcomeDate(Regime.UK_EIR, date("2025-03-03"))).contains(date("2025-05-01"));
    // FOISA s.47(4): six months; a month without the date ends on its last day
    assertThat(clock.regulatorComplaintDeadline(Regime.SCOTLAND_FOISA, date("2025-01-23"))).contains(date("2025-07-23"));
    assertThat(clock.regulatorComplaintDeadline(Regime.SCOTLAND_FOISA, date("2024-08-31"))).contains(date("2025-02-28"));
    assertThat(clock.regulatorNoReviewOutcomeDate(Regime.SCOTLAND_FOISA, date("2025-03-03"))).isEmpty();
    // First-tier Tribunal: 28 days from the decision notice being sent
    assertThat(clock.tribunalDeadline(Regime.UK_FOIA, date("2025-01-23"))).contains(date("2025-02-20"));
    assertThat(clock.tribunalDeadline(Regime.SCOTLAND_FOISA, date("2025-01-23"))).isEmpty();
    assertThat(clock.regulatorComplaintDeadline(Regime.US_FOIA, date("2025-01-23"))).isEmpty();
  }

  @ParameterizedTest(name = "fees notice {0}: unpaid by the end of {1}, the request lapses")
  @CsvSource({
    "2024-01-10, 2024-04-09", // three months beginning with 10 Jan end on 9 Apr
    "2024-01-31, 2024-04-30", // no 31 Apr: the period ends at the end of April
    "2023-11-30, 2024-02-29", // no 30 Feb: end of February (leap year)
    "2023-11-29, 2024-02-28", // 29 Feb 2024 exists: the period ends the day before
    "2024-11-29, 2025-02-28", // no 29 Feb 2025
  })
  void feeLapsesAfterThreeMonths(LocalDate noticeGiven, LocalDate lastDay) {
    assertThat(clock.feeLapse(Regime.UK_FOIA, noticeGiven)).contains(lastDay);
    assertThat(clock.feeLapse(Regime.UK_SCHOOL, noticeGiven)).contains(lastDay);
  }

  @Test
  void eachRegimeHasItsOwnFeeLapseOrNone() {
    // FOISA s.9(4): three months beginning with the day the notice is given.
    assertThat(clock.feeLapse(Regime.SCOTLAND_FOISA, date("2024-01-10"))).contains(date("2024-04-09"));
    // EIR reg 8: 60 working days beginning with the notification, on UK-wide working days (the
    // Northern Irish 18 March substitute day, Good Friday and Easter Monday are skipped).
    assertThat(clock.feeLapse(Regime.UK_EIR, date("2024-01-10"))).contains(date("2024-04-05"));
    assertThat(clock.feeLapse(Regime.US_FOIA, date("2024-01-10"))).isEmpty();
    assertThat(clock.feeLapse(Regime.IE_FOI, date("2024-01-10"))).isEmpty();
  }

  @Test
  void impossibleEventsAreRejected() {
    assertThatThrownBy(() -> RequestEvents.receivedOn(date("2024-05-10")).clarifiedOn(date("2024-05-09")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FeePause(date("2024-05-10"), date("2024-05-09")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> RequestEvents.receivedOn(date("2024-05-10")).withFeePause(new FeePause(date("2024-05-09"), date("2024-05-12"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
