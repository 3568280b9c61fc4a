package org.foiflow.batch;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.RegimeZones;
import org.foiflow.holiday.RequestRetiming;
import org.foiflow.mail.LetterSent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each member's day 0 is the day its own letter was sent. A member's clock starts on the day its
 * letter's turn was planned; when the letter goes on a later day (the job executor was down over
 * a weekend, the SMTP server refused it for days), the day the authority received it is that later
 * day, and the clock is re-timed from it: FOIA s.10(1) and EIR reg 5(2) count the working days
 * following the date of receipt, FOISA s.10(1) too, and FOISA s.74(1) deems a request sent
 * electronically received the day it is sent.
 */
@Component
class MemberDayZero {

  private static final List<ProcessVariable<?>> READ =
      List.of(RequestVariables.BATCH_REFERENCE, RequestVariables.RECEIVED_DATE, RequestVariables.REGIME, RequestVariables.AUTHORITY_NAME);

  private final RuntimeService runtime;
  private final RegimeZones zones;
  private final RequestRetiming retiming;

  MemberDayZero(RuntimeService runtime, RegimeZones zones, RequestRetiming retiming) {
    this.runtime = runtime;
    this.zones = zones;
    this.retiming = retiming;
  }

  /** In the send job's transaction: the letter is recorded as sent and its clock moved together. */
  @EventListener
  void letterSent(LetterSent letter) {
    if (runtime.createProcessInstanceQuery().processInstanceId(letter.processInstanceId()).count() == 0) {
      return; // withdrawn or closed meanwhile: no clock runs
    }
    Map<String, Object> request =
        runtime.getVariables(letter.processInstanceId(), READ.stream().map(ProcessVariable::name).toList());
    LocalDate received = RequestVariables.RECEIVED_DATE.in(request);
    Regime regime = RequestVariables.REGIME.in(request);
    if (RequestVariables.BATCH_REFERENCE.in(request) == null || received == null || regime == null) {
      return;
    }
    // The day where the authority is, as when the request was registered (request.RegisterRequest).
    LocalDate sent = letter.sentAt().atZone(zones.of(regime)).toLocalDate();
    if (!sent.isAfter(received)) {
      return;
    }
    retiming.retime(
        letter.processInstanceId(),
        dates -> {
          RequestVariables.SENT_DATE.set(dates, sent);
          RequestVariables.RECEIVED_DATE.set(dates, sent);
        },
        "The letter to " + RequestVariables.AUTHORITY_NAME.in(request) + " went on " + DatesForPeople.dayWithWeekday(sent)
            + ", later than its turn in batch " + RequestVariables.BATCH_REFERENCE.in(request)
            + " (" + DatesForPeople.dayWithWeekday(received) + "); the authority received it that day");
  }
}
