package org.foiflow.request;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.authority.Authority;
import org.foiflow.authority.AuthorityDirectory;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.deadline.RegimeZones;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterRequest: gives the request its reference (the business key) and its due date, and
 * fills in the authority's FOI address from the directory when the requester left it empty.
 */
@Component("registerRequest")
class RegisterRequest implements JavaDelegate {

  private final ReferenceNumbers references;
  private final StatutoryClock clock;
  private final Today today;
  private final AuthorityDirectory directory;
  private final RegimeZones zones;

  RegisterRequest(
      ReferenceNumbers references, StatutoryClock clock, Today today, AuthorityDirectory directory, RegimeZones zones) {
    this.zones = zones;
    this.references = references;
    this.clock = clock;
    this.today = today;
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Regime regime = RequestVariables.REGIME.require(execution);
    // Rule 9: the day of filing where the authority is (20:30 in New York is still that day there).
    // A batch member's letter waits for its turn (issue 18): its day is the day the letter goes.
    java.time.Instant letterSendAt = RequestVariables.LETTER_SEND_AT.get(execution);
    LocalDate filed =
        letterSendAt == null ? today.date(zones.of(regime)) : letterSendAt.atZone(zones.of(regime)).toLocalDate();
    LocalDate sent = RequestVariables.SENT_DATE.get(execution);
    String sendBy = RequestVariables.SEND_BY.get(execution);
    // A request FOI Flow emails is received the day it goes out, today (FOISA s.74(1): sent
    // electronically, received the day it is sent); the form refuses an earlier date with EMAIL.
    if (sent == null || FileRequestFormRules.SEND_BY_EMAIL.equals(sendBy)) {
      sent = filed;
    }
    // Day 0 is the day of receipt. Posted: FOISA deems the day (s.74(1)); elsewhere the
    // requester may give the day the authority received it, else the law's presumption applies.
    LocalDate received = sent;
    if (FileRequestFormRules.SEND_BY_POST.equals(sendBy)) {
      LocalDate given = RequestVariables.RECEIVED_DATE.get(execution);
      received = given != null && regime != Regime.SCOTLAND_FOISA ? given : clock.receivedByPost(regime, sent);
    }
    String reference = references.next(filed.getYear());
    execution.setProcessBusinessKey(reference);
    RequestVariables.REFERENCE.set(execution, reference);
    Optional<Authority> listed = directory.findByName(RequestVariables.AUTHORITY_NAME.get(execution));
    // "home office" is the directory's "Home Office": one spelling for lists, filters and figures.
    listed.map(Authority::name).ifPresent(name -> RequestVariables.AUTHORITY_NAME.set(execution, name));
    if (RequestVariables.AUTHORITY_EMAIL.get(execution) == null) {
      listed.map(Authority::email).ifPresent(address -> RequestVariables.AUTHORITY_EMAIL.set(execution, address));
    }
    // SI 2004/3364 counts the school's own days: its terms from the directory, when it has them.
    listed
        .map(Authority::termDates)
        .filter(terms -> regime == Regime.UK_SCHOOL && !terms.isBlank())
        .ifPresent(terms -> RequestVariables.SCHOOL_TERMS.set(execution, terms));
    RequestVariables.SENT_DATE.set(execution, sent);
    RequestVariables.RECEIVED_DATE.set(execution, received);
    RequestVariables.CLOCK_START_DATE.set(execution, received);
    ClockVariables.setResponseDue(execution, clock.responseDue(regime, ClockVariables.events(execution)));
    RequestVariables.REMINDERS_SENT.set(execution, "");
    RequestVariables.STATUS.set(execution, "REGISTERED");
  }
}
