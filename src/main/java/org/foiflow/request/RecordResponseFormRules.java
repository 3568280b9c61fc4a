package org.foiflow.request;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Response;
import org.foiflow.input.SentValue;

import java.time.LocalDate;
import java.util.Set;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.figures.FigureRules;
import org.foiflow.form.FormRules;
import org.foiflow.form.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * "Record the authority's response": the outcome, the facts each outcome needs, and the figures
 * disclosed with a response in full or in part.
 */
@Component
class RecordResponseFormRules implements FormRules {

  static final Set<String> RESPONSES =
      Arrays.stream(Response.values()).map(Response::name).collect(Collectors.toUnmodifiableSet());

  private final FigureRules figures = new FigureRules();
  private final StatutoryClock clock;

  RecordResponseFormRules(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public String formId() {
    return "record-response";
  }

  @Override
  public Set<String> extraFields() {
    return Set.of(FigureRules.FIELD);
  }

  @Override
  public void check(SubmittedForm form) {
    String response = form.requireOneOf(RequestVariables.RESPONSE.name(), "Response", RESPONSES);
    form.optionalText(RequestVariables.RESPONSE_NOTES.name(), "Notes", 20_000);
    if (response == null) {
      return;
    }
    figures.check(form, Response.of(response));
    LocalDate due = form.optionalDate(RequestVariables.STATUTORY_DUE_DATE.name(), "Due date");
    if (response.equals("NO_RESPONSE")) {
      if (due != null && !form.today().isAfter(due)) {
        form.problem(RequestVariables.RESPONSE.name(), "No response can only be recorded after the due date " + due);
      }
      return;
    }
    if (response.equals("WITHDRAWN")) {
      return;
    }
    LocalDate responseDate = form.requireDate(RequestVariables.RESPONSE_DATE.name(), "Date of the authority's reply");
    LocalDate sent = form.optionalDate(RequestVariables.SENT_DATE.name(), "Date sent");
    if (responseDate != null && responseDate.isAfter(form.today())) {
      form.problem(RequestVariables.RESPONSE_DATE.name(), "Date of the authority's reply " + responseDate + " is in the future");
    } else if (responseDate != null && sent != null && responseDate.isBefore(sent)) {
      form.problem(RequestVariables.RESPONSE_DATE.name(), "Date of the authority's reply " + responseDate + " is before the request was sent (" + sent + ")");
    }
    switch (response) {
      case "REFUSED" -> form.requireText(RequestVariables.EXEMPTIONS_CITED.name(), "Exemptions cited", 2_000);
      case "PUBLIC_INTEREST_EXTENSION" -> {
        requireExtension(form, false);
        requireLaterThanDue(form, form.requireDate(RequestVariables.EXTENDED_DUE_DATE.name(), "Extended due date"), due);
      }
      case "EIR_EXTENSION" -> {
        requireExtension(form, true);
        requireLaterThanDue(form, form.optionalDate(RequestVariables.EXTENDED_DUE_DATE.name(), "Extended due date"), due);
      }
      case "FEES_NOTICE" -> {
        requireFeeLapseRule(form, responseDate);
        String amount = form.text(RequestVariables.FEE_AMOUNT.name());
        if (amount != null && !amount.matches("\\d{1,7}(\\.\\d{1,2})?")) {
          form.problem(RequestVariables.FEE_AMOUNT.name(), "Fee " + SentValue.quoted(amount) + " is not an amount in pounds such as 45.50");
        }
      }
      default -> { }
    }
  }

  /**
   * A fees notice pauses the clock until the fee is paid or the request lapses; a regime whose
   * statute sets no lapse period (statutory-deadlines.dmn, feeLapse) would pause it for ever.
   */
  private void requireFeeLapseRule(SubmittedForm form, LocalDate noticeGiven) {
    String regime = form.text(RequestVariables.REGIME.name());
    if (regime == null || noticeGiven == null || !FileRequestFormRules.REGIMES.contains(regime)) {
      return;
    }
    if (clock.feeLapse(Regime.valueOf(regime), noticeGiven).isEmpty()) {
      form.problem(RequestVariables.RESPONSE.name(), "A fees notice cannot be recorded under regime " + regime
          + ": its law sets no period after which an unpaid fee ends the request");
    }
  }

  /**
   * Whether the regime allows an extension comes from statutory-deadlines.dmn (extension column):
   * FOIA s.10(3), US unusual circumstances, Irish s.14 take the general extension; EIR and EISR
   * reg 7(1) their own; FOISA none.
   */
  private void requireExtension(SubmittedForm form, boolean environmental) {
    String regime = form.text(RequestVariables.REGIME.name());
    if (regime == null || !FileRequestFormRules.REGIMES.contains(regime)) {
      return;
    }
    Regime parsed = Regime.valueOf(regime);
    if (clock.rules(parsed).extensionWorkingDays() == null) {
      form.problem(RequestVariables.RESPONSE.name(), "Regime " + regime + " has no extension of the deadline");
    } else if (parsed.environmental() != environmental) {
      form.problem(RequestVariables.RESPONSE.name(), environmental
          ? "An EIR extension applies only to environmental requests (UK_EIR, SCOTLAND_EIR)"
          : "Regime " + regime + " extends the deadline under regulation 7(1): choose the EIR extension");
    }
  }

  private static void requireLaterThanDue(SubmittedForm form, LocalDate extended, LocalDate due) {
    if (extended != null && due != null && !extended.isAfter(due)) {
      form.problem(RequestVariables.EXTENDED_DUE_DATE.name(), "Extended due date " + extended + " is not after the current due date " + due);
    }
  }
}
