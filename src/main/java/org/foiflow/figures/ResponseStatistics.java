package org.foiflow.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiflow.contract.Regime;
import org.foiflow.contract.Response;

/**
 * How each authority answers: from the history of the requests sent to it, how many there were,
 * the share answered on time, the median working days to an answer, refusals and reviews
 * overturned. Plain Java: the history and the working-day count come in from outside.
 */
public final class ResponseStatistics {

  /** Responses that answer the request (information, a refusal, or "not held"). */

  /** What the history holds about one request; any field but the authority may be null. */
  public record RequestHistory(
      String reference,
      String authority,
      Regime regime,
      LocalDate sentDate,
      LocalDate statutoryDueDate,
      String response,
      LocalDate responseDate,
      LocalDate reviewRequestedDate,
      String reviewOutcome) {}

  /** Working days after {@code from} up to and including {@code to} in the regime's calendar. */
  @FunctionalInterface
  public interface WorkingDays {
    int between(Regime regime, LocalDate from, LocalDate to);
  }

  /**
   * @param answered requests answered (in full, in part, refused, not held)
   * @param dueOrAnswered requests answered or recorded as unanswered by the deadline: the base of
   *     {@code onTimeShare}
   * @param onTimeShare answered by the statutory due date, out of {@code dueOrAnswered}; null if none
   * @param medianWorkingDays from sending to the answer; null if none answered
   */
  public record AuthorityStatistics(
      String authority,
      int requests,
      int answered,
      int dueOrAnswered,
      int answeredOnTime,
      BigDecimal onTimeShare,
      BigDecimal medianWorkingDays,
      int refusals,
      int reviews,
      int reviewsOverturned) {}

  private final WorkingDays workingDays;

  public ResponseStatistics(WorkingDays workingDays) {
    this.workingDays = workingDays;
  }

  /**
   * One row per authority, sorted by name; an authority's name is matched ignoring case.
   *
   * @param today a request still unanswered after its due date counts as late from the next day
   */
  public List<AuthorityStatistics> of(List<RequestHistory> history, LocalDate today) {
    Map<String, List<RequestHistory>> byAuthority = new LinkedHashMap<>();
    history.stream()
        .filter(request -> request.authority() != null && !request.authority().isBlank())
        .sorted(Comparator.comparing(request -> request.authority().trim().toLowerCase(Locale.ROOT)))
        .forEach(request ->
            byAuthority.computeIfAbsent(request.authority().trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(request));
    return byAuthority.values().stream().map(requests -> authority(requests, today)).toList();
  }

  private AuthorityStatistics authority(List<RequestHistory> requests, LocalDate today) {
    int answered = 0;
    int dueOrAnswered = 0;
    int onTime = 0;
    int refusals = 0;
    int reviews = 0;
    int overturned = 0;
    List<Integer> days = new ArrayList<>();
    for (RequestHistory request : requests) {
      boolean isAnswer = Response.of(request.response()) != null && Response.of(request.response()).answers() && request.responseDate() != null;
      if (isAnswer) {
        answered++;
        dueOrAnswered++;
        // The due date no longer moves once the request is answered, so its last value is the one
        // that applied at the time of the answer.
        if (request.statutoryDueDate() != null && !request.responseDate().isAfter(request.statutoryDueDate())) {
          onTime++;
        }
        if (request.regime() != null && request.sentDate() != null && !request.responseDate().isBefore(request.sentDate())) {
          days.add(workingDays.between(request.regime(), request.sentDate(), request.responseDate()));
        }
      } else if (Response.of(request.response()) == Response.NO_RESPONSE || lateWithoutAnswer(request, today)) {
        dueOrAnswered++;
      }
      if (Response.of(request.response()) == Response.REFUSED) {
        refusals++;
      }
      // A review asked for counts at once, not only once its outcome is recorded.
      if (request.reviewOutcome() != null || request.reviewRequestedDate() != null) {
        reviews++;
        if ("OVERTURNED".equals(request.reviewOutcome())) {
          overturned++;
        }
      }
    }
    return new AuthorityStatistics(
        requests.get(0).authority().trim(), requests.size(), answered, dueOrAnswered, onTime,
        dueOrAnswered == 0 ? null : BigDecimal.valueOf(onTime).divide(BigDecimal.valueOf(dueOrAnswered), 4, RoundingMode.HALF_UP),
        median(days), refusals, reviews, overturned);
  }

  /**
   * Past its due date with nothing recorded (or only an acknowledgement): late now, without
   * waiting for the requester to record "no response". A fee or clarification pauses or restarts
   * the clock, and a withdrawn request is no one's lateness.
   */
  private static boolean lateWithoutAnswer(RequestHistory request, LocalDate today) {
    Response response = Response.of(request.response());
    return (response == null || response == Response.ACKNOWLEDGED)
        && request.statutoryDueDate() != null
        && today.isAfter(request.statutoryDueDate());
  }

  private static BigDecimal median(List<Integer> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Integer> sorted = values.stream().sorted().toList();
    int middle = sorted.size() / 2;
    if (sorted.size() % 2 == 1) {
      return BigDecimal.valueOf(sorted.get(middle));
    }
    return BigDecimal.valueOf(sorted.get(middle - 1) + sorted.get(middle)).divide(BigDecimal.valueOf(2), 1, RoundingMode.UNNECESSARY);
  }
}
