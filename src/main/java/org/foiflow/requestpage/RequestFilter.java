package org.foiflow.requestpage;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.history.HistoricProcessInstanceQuery;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.input.InvalidParameter;
import org.foiflow.input.SentValue;

/**
 * The filters of GET /api/requests, each optional: status ("open", "closed" or a status such as
 * IN_REVIEW), authority (name contains, any case), regime (a code such as UK_FOIA), text (the
 * reference or the subject contains, any case).
 */
record RequestFilter(String status, String authority, Regime regime, String text) {

  static final int MAX_TEXT = 200;
  static final String OPEN = "open";
  static final String CLOSED = "closed";

  static RequestFilter parse(String status, String authority, String regime, String text) {
    return new RequestFilter(status(status), text("authority", authority), regime(regime), text("text", text));
  }

  /** Narrows a query of the request process's instances to this filter's. */
  HistoricProcessInstanceQuery narrow(HistoricProcessInstanceQuery query) {
    if (OPEN.equals(status)) {
      query.unfinished();
    } else if (CLOSED.equals(status)) {
      query.finished();
    } else if (status != null) {
      query.unfinished().variableValueEquals(RequestVariables.STATUS.name(), status);
    }
    if (regime != null) {
      query.variableValueEquals(RequestVariables.REGIME.name(), regime.name());
    }
    if (authority != null) {
      query.matchVariableValuesIgnoreCase().variableValueLike(RequestVariables.AUTHORITY_NAME.name(), like(authority));
    }
    if (text != null) {
      if (text.toUpperCase(Locale.UK).startsWith("FOI-")) {
        query.processInstanceBusinessKeyLike(like(text.toUpperCase(Locale.UK)));
      } else {
        query.matchVariableValuesIgnoreCase().variableValueLike(RequestVariables.SUBJECT.name(), like(text));
      }
    }
    return query;
  }

  private static String like(String value) {
    return "%" + value + "%";
  }

  private static String status(String value) {
    String status = blankToNull(value);
    if (status == null) {
      return null;
    }
    String lower = status.toLowerCase(Locale.UK);
    if (lower.equals(OPEN) || lower.equals(CLOSED)) {
      return lower;
    }
    if (status.matches("[A-Z_]{1,40}")) {
      return status;
    }
    throw new InvalidParameter("status: " + SentValue.quoted(value) + " is not open, closed or a status such as IN_REVIEW");
  }

  private static Regime regime(String value) {
    String code = blankToNull(value);
    if (code == null) {
      return null;
    }
    return Arrays.stream(Regime.values())
        .filter(regime -> regime.name().equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidParameter(
                    "regime: " + SentValue.quoted(value) + " is not one of "
                        + Arrays.stream(Regime.values()).map(Regime::name).collect(Collectors.joining(", "))));
  }

  private static String text(String name, String value) {
    String text = blankToNull(value);
    if (text != null && text.length() > MAX_TEXT) {
      throw new InvalidParameter(name + ": at most " + MAX_TEXT + " characters");
    }
    return text;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
