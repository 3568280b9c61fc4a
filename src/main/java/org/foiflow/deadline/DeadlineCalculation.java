package org.foiflow.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.foiflow.contract.Regime;

/**
 * The calculator's answer. {@code due} is the response due date; the later dates assume each
 * step happens on the last day allowed (response on the due date, review asked for on the last
 * day, and so on). Dates are ISO strings; fields the regime lacks are left out.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DeadlineCalculation(
    String regime,
    String calendar,
    String received,
    String clarified,
    String feePaused,
    String due,
    String outerLimit,
    int workingDays,
    List<Skipped> skipped,
    Integer pausedWorkingDays,
    String maxExtendedDue,
    String reviewRequestBy,
    String reviewResponseDue,
    String reviewResponseMax,
    String regulatorComplaintBy,
    String regulatorNoReviewOutcome,
    Periods periods) {

  public record Skipped(String date, String reason) {}

  /** The regime's periods in the notation of statutory-deadlines.dmn (e.g. "28D", "3M"). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Periods(
      int responseWorkingDays,
      Integer responseSchoolDays,
      Integer extensionWorkingDays,
      String reviewRequestWindow,
      String reviewResponse,
      String reviewResponseMax,
      String regulatorComplaintWindow,
      String regulatorNoReviewWait,
      String tribunalWindow,
      String feeLapse) {}

  static DeadlineCalculation of(StatutoryClock clock, DeadlineQuery query) {
    Regime regime = query.regime();
    RequestEvents events = query.events();
    RegimeRules rules = clock.rules(regime);
    Deadline deadline = clock.responseDue(regime, events);
    Optional<LocalDate> reviewRequestBy = clock.reviewRequestDeadline(regime, deadline.due());
    Optional<LocalDate> reviewDue =
        reviewRequestBy.flatMap(asked -> clock.reviewResponseDue(regime, asked));
    Optional<LocalDate> reviewMax =
        reviewRequestBy.flatMap(asked -> clock.reviewResponseMax(regime, asked));
    return new DeadlineCalculation(
        regime.name(),
        rules.calendar().name(),
        events.received().toString(),
        text(events.clarified()),
        events.feePauses().isEmpty()
            ? null
            : events.feePauses().stream().map(p -> p.noticeGiven() + "/" + p.feeReceived()).collect(Collectors.joining(",")),
        deadline.due().toString(),
        text(deadline.outerLimit()),
        deadline.workingDays(),
        deadline.skipped().stream().map(d -> new Skipped(d.date().toString(), d.reason())).toList(),
        events.feePauses().isEmpty() ? null : deadline.pausedWorkingDays(),
        text(clock.maxExtendedDue(regime, events)),
        text(reviewRequestBy),
        text(reviewDue),
        text(reviewMax),
        text(reviewMax.or(() -> reviewDue).flatMap(outcome -> clock.regulatorComplaintDeadline(regime, outcome))),
        text(reviewRequestBy.flatMap(asked -> clock.regulatorNoReviewOutcomeDate(regime, asked))),
        new Periods(
            rules.responseWorkingDays(),
            rules.responseSchoolDays(),
            rules.extensionWorkingDays(),
            text(rules.reviewRequestWindow()),
            text(rules.reviewResponse()),
            text(rules.reviewResponseMax()),
            text(rules.regulatorComplaintWindow()),
            text(rules.regulatorNoReviewWait()),
            text(rules.tribunalWindow()),
            text(rules.feeLapse())));
  }

  private static String text(Object value) {
    return Objects.toString(value, null);
  }

  private static String text(Optional<?> value) {
    return value.map(Object::toString).orElse(null);
  }
}
