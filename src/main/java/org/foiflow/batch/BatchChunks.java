package org.foiflow.batch;

import java.util.List;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.foiflow.contract.RequestVariables;
import org.springframework.stereotype.Component;

/**
 * ${batchChunks.of(execution)}: the collection of the batch's multi-instance, one number per
 * chunk of members; each chunk is one job, which starts its members in one transaction.
 */
@Component("batchChunks")
public class BatchChunks {

  private final BatchBook book;
  private final BatchSettings settings;

  BatchChunks(BatchBook book, BatchSettings settings) {
    this.book = book;
    this.settings = settings;
  }

  public List<Integer> of(VariableScope batch) {
    int members = book.memberCount(RequestVariables.BATCH_REFERENCE.require(batch));
    return IntStream.range(0, (members + settings.chunkSize() - 1) / settings.chunkSize()).boxed().toList();
  }
}
