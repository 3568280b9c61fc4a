package org.foiflow.deadline;

import static org.foiflow.input.SentValue.quoted;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.Regime;
import org.foiflow.input.InvalidParameter;

/**
 * The query of the public deadline calculator, checked strictly: each problem names its
 * parameter, e.g. "received: 2024-02-30 is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)".
 */
record DeadlineQuery(Regime regime, RequestEvents events) {


  static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  static final LocalDate LATEST = LocalDate.of(2100, 12, 31);


  /** At most this many fee pauses: more than any request sees, few enough to bound the work. */
  static final int MAX_FEE_PAUSES = 20;

  static DeadlineQuery parse(String regime, String received, String clarified, List<String> feePaused) {
    Regime parsedRegime = regime(regime);
    LocalDate receivedOn = date("received", required("received", received));
    var events = RequestEvents.receivedOn(receivedOn);
    if (clarified != null) {
      LocalDate clarifiedOn = date("clarified", clarified);
      if (clarifiedOn.isBefore(receivedOn)) {
        throw new InvalidParameter(
            "clarified: " + clarifiedOn + " is before received (" + receivedOn + ")");
      }
      events = events.clarifiedOn(clarifiedOn);
    }
    if (feePaused != null && feePaused.size() > MAX_FEE_PAUSES) {
      throw new InvalidParameter("feePaused: given " + feePaused.size() + " times, at most " + MAX_FEE_PAUSES);
    }
    for (String pause : feePaused == null ? List.<String>of() : feePaused) {
      events = events.withFeePause(feePause(pause, receivedOn));
    }
    return new DeadlineQuery(parsedRegime, events);
  }

  private static Regime regime(String value) {
    String codes = Arrays.stream(Regime.values()).map(Regime::name).collect(Collectors.joining(", "));
    if (value == null || value.isBlank()) {
      throw new InvalidParameter("regime: is required (one of " + codes + ")");
    }
    try {
      return Regime.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("regime: " + quoted(value) + " is not one of " + codes);
    }
  }

  private static FeePause feePause(String value, LocalDate received) {
    String[] parts = value.split("/", -1);
    if (parts.length != 2) {
      throw new InvalidParameter(
          "feePaused: " + quoted(value) + " is not FROM/TO (YYYY-MM-DD/YYYY-MM-DD)");
    }
    LocalDate from = date("feePaused", parts[0]);
    LocalDate to = date("feePaused", parts[1]);
    if (to.isBefore(from)) {
      throw new InvalidParameter("feePaused: ends (" + to + ") before it starts (" + from + ")");
    }
    if (from.isBefore(received)) {
      throw new InvalidParameter(
          "feePaused: starts (" + from + ") before received (" + received + ")");
    }
    return new FeePause(from, to);
  }

  private static String required(String parameter, String value) {
    if (value == null || value.isBlank()) {
      throw new InvalidParameter(parameter + ": is required (YYYY-MM-DD)");
    }
    return value;
  }

  private static LocalDate date(String parameter, String value) {
    LocalDate date;
    try {
      date = IsoDates.parseTyped(value);
    } catch (DateTimeParseException e) {
      throw new InvalidParameter(parameter + ": " + quoted(value) + " is not a valid date " + IsoDates.HOW_TO_WRITE);
    }
    if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
      throw new InvalidParameter(
          parameter + ": " + date + " is outside " + EARLIEST + " to " + LATEST);
    }
    return date;
  }

}
