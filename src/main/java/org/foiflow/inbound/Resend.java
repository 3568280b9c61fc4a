package org.foiflow.inbound;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.form.SubmittedForm;
import org.foiflow.input.InvalidParameter;
import org.foiflow.mail.Correspondence;
import org.foiflow.security.RequestAccess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * After a bounce: the requester corrects the authority's address and the request's letter goes
 * again, to it. The request keeps the new address (later letters go there too) and is no longer
 * "delivery failed". Who may is the caller's business (InboundController: whoever may read it).
 */
@Service
class Resend {

  private static final Logger LOG = LoggerFactory.getLogger(Resend.class);

  private final ProcessEngine engine;
  private final Correspondence correspondence;
  private final RequestAccess access;
  private final Today today;
  private final TransactionTemplate transaction;

  Resend(ProcessEngine engine, Correspondence correspondence, RequestAccess access, Today today, PlatformTransactionManager transactions) {
    this.engine = engine;
    this.correspondence = correspondence;
    this.access = access;
    this.today = today;
    this.transaction = new TransactionTemplate(transactions);
  }

  /**
   * @throws InvalidParameter for an address that is not one, a closed request, one whose email
   *     did not bounce, or whose letter FOI Flow did not email
   */
  void resend(String reference, String address) {
    String field = RequestVariables.AUTHORITY_EMAIL.name();
    SubmittedForm given = new SubmittedForm(address == null ? Map.of() : Map.of(field, address), Map.of(), today.date());
    String checked = given.requireEmail(field, "The authority's address");
    if (!given.problems().isEmpty()) {
      throw new InvalidParameter(given.summary());
    }
    // The requester may not start send-email or change the request's variables themselves.
    access.asFoiFlow(() -> transaction.execute(status -> {
      ProcessInstance request = engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ProcessContract.REQUEST_PROCESS).processInstanceBusinessKey(reference).singleResult();
      if (request == null) {
        throw new InvalidParameter(reference + " is closed: there is nothing to send again");
      }
      // Only after a bounce, once each: otherwise every call would send the authority another copy.
      if (!Boolean.TRUE.equals(RequestVariables.DELIVERY_FAILED.in(
          engine.getRuntimeService().getVariables(request.getId(), List.of(RequestVariables.DELIVERY_FAILED.name()))))) {
        throw new InvalidParameter(reference + ": no email to the authority has bounced since it was last sent, so it is not sent again");
      }
      if (!correspondence.resendRequestLetter(engine, reference, checked)) {
        throw new InvalidParameter(reference + " was not emailed by FOI Flow: there is no letter to send again");
      }
      engine.getRuntimeService().setVariables(request.getId(), Map.of(
          field, RequestVariables.AUTHORITY_EMAIL.stored(checked),
          RequestVariables.DELIVERY_FAILED.name(), RequestVariables.DELIVERY_FAILED.stored(false)));
      return null;
    }));
    LOG.info("{}: the letter goes again, to {}", reference, checked);
  }
}
