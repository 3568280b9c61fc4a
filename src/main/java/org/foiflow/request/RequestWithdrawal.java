package org.foiflow.request;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.Withdrawals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Withdraws a request for the person who filed it (or an editor). A requester may not correlate
 * messages with the engine's own rights (that would let them send any message, with any
 * variables, to any request they can update), so FOI Flow checks who filed the request and
 * correlates foi-withdraw itself. Call it without an engine authentication: the checks are FOI
 * Flow's, and the caller has no right to correlate.
 */
@Service
public class RequestWithdrawal implements Withdrawals {

  private static final Logger LOG = LoggerFactory.getLogger(RequestWithdrawal.class);

  private final RuntimeService runtimeService;

  RequestWithdrawal(RuntimeService runtimeService) {
    this.runtimeService = runtimeService;
  }

  @Override
  public Result withdraw(String reference, String userId, boolean mayWithdrawAny) {
    try {
      ProcessInstance request =
          runtimeService.createProcessInstanceQuery()
              // A batch's reference withdraws the batch, which withdraws its open members (issue 18).
              .processDefinitionKeyIn(ProcessContract.REQUEST_PROCESS, ProcessContract.BATCH_PROCESS)
              .processInstanceBusinessKey(reference)
              .singleResult();
      if (request == null
          || !(mayWithdrawAny || userId.equals(runtimeService.getVariable(request.getId(), ProcessContract.INITIATOR)))) {
        return Result.NOT_YOURS;
      }
      runtimeService.createMessageCorrelation(ProcessContract.WITHDRAW_MESSAGE)
          .processInstanceId(request.getId())
          .correlateWithResult();
      LOG.info("Request {} withdrawn by {}", reference, userId);
      return Result.WITHDRAWN;
    } catch (ProcessEngineException e) {
      LOG.info("Request {} could not be withdrawn by {}: {}", reference, userId, e.getMessage());
      return Result.CANNOT_NOW;
    }
  }
}
