package org.foiflow.request;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.foiflow.authority.AuthorityDirectory;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.deadline.RegimeZones;
import org.foiflow.form.FormRules;
import org.foiflow.form.SubmittedForm;
import org.springframework.stereotype.Component;

/** The start form "File an FOI request": every field checked, nothing started on a mistake. */
@Component
class FileRequestFormRules implements FormRules {

  static final int MAX_NAME = 200;
  static final int MAX_SUBJECT = 200;
  // Long enough for a detailed multi-part request, short enough to fit an email comfortably.
  static final int MAX_REQUEST_TEXT = 20_000;
  static final String SEND_BY_EMAIL = "EMAIL";
  static final String SEND_BY_POST = "POST";
  static final Set<String> REGIMES =
      Arrays.stream(Regime.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  private final AuthorityDirectory directory;
  private final Today today;
  private final RegimeZones zones;

  FileRequestFormRules(AuthorityDirectory directory, Today today, RegimeZones zones) {
    this.directory = directory;
    this.today = today;
    this.zones = zones;
  }

  @Override
  public String formId() {
    return "file-foi-request";
  }

  @Override
  public void check(SubmittedForm form) {
    String authority = form.requireText(RequestVariables.AUTHORITY_NAME.name(), "Authority name", MAX_NAME);
    // An authority in the directory with an address needs none: registering the request fills it in.
    if (form.text(RequestVariables.AUTHORITY_EMAIL.name()) != null
        || directory.findByName(authority).filter(listed -> !listed.needsAddress()).isEmpty()) {
      form.requireEmail(RequestVariables.AUTHORITY_EMAIL.name(), "Authority email");
    }
    String regime = form.requireOneOf(RequestVariables.REGIME.name(), "Regime", REGIMES);
    // Rule 9: "today" is the authority's day, as the request's day 0 will be.
    LocalDate now = regime == null ? form.today() : today.date(zones.of(Regime.valueOf(regime)));
    form.requireText(RequestVariables.SUBJECT.name(), "Subject", MAX_SUBJECT);
    form.requireText(RequestVariables.REQUEST_TEXT.name(), "Request text", MAX_REQUEST_TEXT);
    String sendBy = form.requireOneOf(RequestVariables.SEND_BY.name(), "Send by", Set.of(SEND_BY_EMAIL, "ELSEWHERE", SEND_BY_POST));
    form.requireText(RequestVariables.REQUESTER_NAME.name(), "Your name", MAX_NAME);
    form.requireEmail(RequestVariables.REQUESTER_EMAIL.name(), "Your email");
    LocalDate sent = form.optionalDate(RequestVariables.SENT_DATE.name(), "Date sent");
    if (sent != null && sent.isAfter(now)) {
      form.problem(RequestVariables.SENT_DATE.name(), "Date sent " + sent + " is in the future");
    } else if (sent != null && sent.isBefore(now) && SEND_BY_EMAIL.equals(sendBy)) {
      // FOI Flow emails the letter now, and the authority's clock starts when it receives it.
      form.problem(RequestVariables.SENT_DATE.name(), "Date sent " + sent + " is in the past, but FOI Flow emails the request today:"
          + " leave the date empty, or choose \"I sent it another way\" for a request you sent yourself");
    }
    LocalDate received = form.optionalDate(RequestVariables.RECEIVED_DATE.name(), "Date the authority received it");
    if (received != null && !SEND_BY_POST.equals(sendBy)) {
      form.problem(RequestVariables.RECEIVED_DATE.name(), "Date the authority received it is only for a posted request (\"I posted it\")");
    } else if (received != null && received.isAfter(now)) {
      form.problem(RequestVariables.RECEIVED_DATE.name(), "Date the authority received it " + received + " is in the future");
    } else if (received != null && sent != null && received.isBefore(sent)) {
      form.problem(RequestVariables.RECEIVED_DATE.name(), "Date the authority received it " + received + " is before it was posted (" + sent + ")");
    }
  }
}
