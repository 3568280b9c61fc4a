package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Today;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo profile's requests, filed in the shared test context (a context of its own would
 * start a second engine): DemoRequests is built here as the demo configuration builds it.
 */
class DemoRequestsTest extends LifecycleTest {

  @Autowired FigureStore store;
  @Autowired Today today;

  @Test
  void filesTheExamplesThroughTheProcessOnceOnly() {
    DemoRequests demo = new DemoRequests(repositoryService, formService, taskService, historyService, identityService, today);

    List<String> filed = demo.fileMissing();

    assertThat(filed).hasSize(DemoRequests.DEMOS.size());
    List<Figure> tipOffs = store.find(new FigureQuery("Home Office", DemoRequests.TIP_OFFS, null, null, null));
    assertThat(tipOffs).filteredOn(figure -> filed.contains(figure.reference())).singleElement().satisfies(figure -> {
      assertThat(figure.value()).isEqualByComparingTo("482");
      assertThat(figure.unit()).isEqualTo("tip-offs");
      assertThat(figure.periodFrom()).hasToString("2014-01-01");
      assertThat(figure.periodTo()).hasToString("2016-12-31");
      assertThat(figure.breakdown()).hasSize(3);
    });
    assertThat(store.find(new FigureQuery(null, DemoRequests.DATABASE_MISUSE, null, null, null)))
        .filteredOn(figure -> filed.contains(figure.reference()))
        .extracting(Figure::authority).containsOnly("Metropolitan Police Service", "West Midlands Police", "Greater Manchester Police")
        .hasSize(6);
    // Some are left open: waiting for the answer, in the review window, in the internal review.
    assertThat(filed).filteredOn(reference ->
            runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request").processInstanceBusinessKey(reference).count() == 1)
        .hasSize(4);

    assertThat(demo.fileMissing()).isEmpty();
  }
}
