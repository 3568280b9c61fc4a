package org.foiflow.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo profile's batch to five police forces, built here as the demo profile builds it. */
class DemoBatchTest extends LifecycleTest {

  @Autowired BatchBook book;
  @Autowired Today today;
  @Autowired FigureStore figures;

  @Test
  void filesABatchToFivePoliceForcesWithFiguresFromThreeOnceOnly() {
    today(LocalDate.of(2034, 3, 1));
    DemoBatch demo = new DemoBatch(processEngine, book, today);

    demo.fileDemoBatch();
    demo.fileDemoBatch();

    var batches = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS)
        .variableValueEquals(RequestVariables.SUBJECT.name(), DemoBatch.SUBJECT).list();
    assertThat(batches).hasSize(1);
    var members = book.members(batches.get(0).getBusinessKey());
    assertThat(members).hasSize(5).allSatisfy(m -> assertThat(m.requestReference()).startsWith("FOI-2034-"));
    var compared = BatchFigures.of(
        figures.findForRequests(members.stream().map(BatchBook.Member::requestReference).toList()), DemoBatch.METRIC);
    assertThat(compared.rows()).extracting(BatchFigures.Row::authority)
        .containsExactlyInAnyOrder("Metropolitan Police Service", "West Midlands Police", "Kent Police");
    assertThat(compared.labels()).containsExactly("2022", "2023");
  }
}
