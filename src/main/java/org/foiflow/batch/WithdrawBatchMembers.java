package org.foiflow.batch;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.springframework.stereotype.Component;

/**
 * Task_WithdrawMembers (the batch received foi-withdraw): withdraws every member still open, and
 * stops the letters still waiting for their turn. Members not started yet never will be: the
 * withdrawal ends the chunk jobs' multi-instance.
 */
@Component("withdrawBatchMembers")
class WithdrawBatchMembers implements JavaDelegate {

  /** The mail package's process that sends one email (processes/send-email.bpmn). */
  private static final String SEND_EMAIL_PROCESS = "send-email";
  private static final String WAITING_FOR_TURN = "Timer_TurnInBatch";

  private final BatchBook book;

  WithdrawBatchMembers(BatchBook book) {
    this.book = book;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    for (BatchBook.Member member : book.members(RequestVariables.BATCH_REFERENCE.require(execution))) {
      if (member.processInstanceId() == null) {
        continue;
      }
      runtime.createProcessInstanceQuery()
          .processDefinitionKey(SEND_EMAIL_PROCESS)
          .processInstanceBusinessKey(member.requestReference())
          .activityIdIn(WAITING_FOR_TURN)
          .list()
          .forEach(letter -> runtime.deleteProcessInstance(letter.getId(), "the batch was withdrawn before this letter's turn"));
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
