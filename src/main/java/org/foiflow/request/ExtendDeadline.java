package org.foiflow.request;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.deadline.ExtensionCheck;
import org.foiflow.deadline.StatutoryClock;
import org.springframework.stereotype.Component;

/**
 * Task_ExtendDeadline: the authority's extended date becomes the due date, so every timer of the
 * waiting task follows it. A date beyond the limit (ICO guidance: 20 further WD under FOIA s.10(3);
 * EIR reg 7(1): 40 WD after receipt) is kept, because it is what the authority said, and flagged.
 */
@Component("extendDeadline")
class ExtendDeadline implements JavaDelegate {

  private final StatutoryClock clock;

  ExtendDeadline(StatutoryClock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Regime regime = RequestVariables.REGIME.require(execution);
    var events = ClockVariables.events(execution);
    LocalDate proposed = RequestVariables.EXTENDED_DUE_DATE.get(execution);
    if (proposed == null) {
      // An EIR extension without a date given: the most reg 7(1) allows.
      proposed = clock.maxExtendedDue(regime, events).orElseThrow();
    }
    Optional<ExtensionCheck> check = clock.checkExtension(regime, events, proposed);
    RequestVariables.STATUTORY_DUE_DATE.set(execution, proposed);
    RequestVariables.EXTENSION_LIMIT_DATE.set(execution, check.map(ExtensionCheck::limit).orElse(null));
    RequestVariables.EXTENSION_BEYOND_LIMIT.set(execution, check.map(ExtensionCheck::beyondLimit).orElse(false));
    RequestVariables.EXTENSION_RULE.set(execution, check.map(ExtensionCheck::rule).orElse(null));
  }
}
