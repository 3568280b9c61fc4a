package org.foiflow.batch;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.mail.WaitingEmails;
import org.springframework.stereotype.Component;

/**
 * Task_WithdrawMembers (the batch received foi-withdraw): withdraws every member still open, and
 * cancels the letters still waiting for their turn (never sent; "cancelled" in the outbox). Members not started yet never will be: the
 * withdrawal ends the chunk jobs' multi-instance.
 */
@Component("withdrawBatchMembers")
class WithdrawBatchMembers implements JavaDelegate {

  private final BatchBook book;
  private final WaitingEmails waitingEmails;

  WithdrawBatchMembers(BatchBook book, WaitingEmails waitingEmails) {
    this.book = book;
    this.waitingEmails = waitingEmails;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (BatchBook.Member member : book.members(RequestVariables.BATCH_REFERENCE.require(execution))) {
      if (member.processInstanceId() == null) {
        continue;
      }
      waitingEmails.cancelHeld(member.requestReference());
      boolean open = runtime.createProcessInstanceQuery().processInstanceId(member.processInstanceId()).count() > 0;
      if (open) {
        runtime.createMessageCorrelation(ProcessContract.WITHDRAW_MESSAGE)
            .processInstanceId(member.processInstanceId())
            .correlateWithResult();
      }
    }
    RequestVariables.STATUS.set(execution, "WITHDRAWN");
  }
}
