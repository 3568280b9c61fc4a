package org.foiflow.batch;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.authority.Authority;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.mail.Correspondence;
import org.springframework.stereotype.Component;

/**
 * Task_RegisterBatch: gives the batch its reference (the business key) and records its members,
 * the authorities of the tag or the names as the form's rules accepted them, and writes the
 * requester's one confirmation. Starting them is for the chunk jobs that follow, so the form
 * answers at once.
 */
@Component("registerBatch")
class RegisterBatch implements JavaDelegate {

  private final BatchRecipients recipients;
  private final BatchNumbers numbers;
  private final BatchBook book;
  private final Today today;
  private final Correspondence correspondence;

  RegisterBatch(BatchRecipients recipients, BatchNumbers numbers, BatchBook book, Today today, Correspondence correspondence) {
    this.recipients = recipients;
    this.numbers = numbers;
    this.book = book;
    this.today = today;
    this.correspondence = correspondence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String tag = RequestVariables.AUTHORITY_TAG.get(execution);
    BatchRecipients.Choice choice =
        tag != null ? recipients.byTag(tag) : recipients.byNames(BatchRecipients.names(RequestVariables.AUTHORITY_NAMES.get(execution)));
    String sendBy = RequestVariables.SEND_BY.require(execution);
    boolean leaveOut = Boolean.TRUE.equals(RequestVariables.LEAVE_OUT_UNADDRESSED.get(execution));
    List<Authority> authorities = choice.members(BatchFormRules.SEND_BY_EMAIL.equals(sendBy) && leaveOut);
    Regime regime = RequestVariables.REGIME.get(execution);
    List<BatchBook.Member> members = new ArrayList<>();
    for (Authority authority : authorities) {
      members.add(new BatchBook.Member(
          members.size(), authority.name(), authority.email(), regime != null ? regime : authority.regime(), null, null));
    }
    String reference = numbers.next(today.date().getYear());
    execution.setProcessBusinessKey(reference);
    RequestVariables.BATCH_REFERENCE.set(execution, reference);
    book.add(
        new BatchBook.Batch(
            reference, execution.getProcessInstanceId(), (String) execution.getVariable(ProcessContract.INITIATOR),
            RequestVariables.SUBJECT.require(execution), sendBy, today.now().toInstant()),
        members);
    correspondence.writeBatchConfirmation(execution, today.date(), members.size());
    RequestVariables.STATUS.set(execution, "STARTING_MEMBERS");
  }
}
