package org.foiflow.batch;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.springframework.stereotype.Component;

/**
 * Task_StartMembers, one job per chunk: starts each member of the chunk not started yet as its
 * own foi-request, and records it, in the job's transaction. A crash rolls back the whole chunk,
 * requests and records together, and the job runs again: no member is started twice.
 */
@Component("startBatchMembers")
class StartBatchMembers implements JavaDelegate {

  /** What every member copies from the batch. */
  private static final List<ProcessVariable<String>> COPIED =
      List.of(RequestVariables.SUBJECT, RequestVariables.REQUEST_TEXT, RequestVariables.SEND_BY,
          RequestVariables.REQUESTER_NAME, RequestVariables.REQUESTER_EMAIL);

  private final BatchBook book;
  private final BatchSettings settings;
  private final Today today;

  StartBatchMembers(BatchBook book, BatchSettings settings, Today today) {
    this.book = book;
    this.settings = settings;
    this.today = today;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = RequestVariables.BATCH_REFERENCE.require(execution);
    int chunk = Integer.parseInt(RequestVariables.BATCH_CHUNK.require(execution));
    BatchBook.Batch batch = book.find(reference).orElseThrow();
    LetterSchedule letters = new LetterSchedule(batch.createdAt(), settings.letterInterval());
    boolean emailed = BatchFormRules.SEND_BY_EMAIL.equals(batch.sendBy());
    Map<String, Object> common = new HashMap<>();
    for (ProcessVariable<String> copied : COPIED) {
      common.put(copied.name(), copied.stored(copied.get(execution)));
    }
    common.put(RequestVariables.BATCH_REFERENCE.name(), reference);
    List<BatchBook.Member> members =
        book.unstarted(reference, chunk * settings.chunkSize(), (chunk + 1) * settings.chunkSize());
    // The batch's requester files each member: the variable given at start replaces the
    // initiator the start event takes from the (absent) login of the job.
    common.put(ProcessContract.INITIATOR, batch.initiator());
    Instant now = today.now().toInstant();
    for (BatchBook.Member member : members) {
      Map<String, Object> variables = new HashMap<>(common);
      variables.put(RequestVariables.AUTHORITY_NAME.name(), member.authorityName());
      variables.put(RequestVariables.AUTHORITY_EMAIL.name(), member.authorityEmail());
      variables.put(RequestVariables.REGIME.name(), RequestVariables.REGIME.stored(member.regime()));
      if (emailed) {
        variables.put(RequestVariables.LETTER_SEND_AT.name(),
            RequestVariables.LETTER_SEND_AT.stored(letters.sendAt(member.position(), now)));
      }
      ProcessInstance request =
          execution.getProcessEngineServices().getRuntimeService()
              .startProcessInstanceByKey(ProcessContract.REQUEST_PROCESS, variables);
      book.started(reference, member.position(), request.getId(), request.getBusinessKey());
    }
  }
}
