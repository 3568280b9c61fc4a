package org.foiflow.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The metrics the response form offers, kept as figures are stored (H2 and, pgtest, PostgreSQL). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KnownMetricsTest {

  @Autowired FigureStore store;
  @Autowired JdbcTemplate jdbc;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void eachMetricIsOfferedOnceInTheSpellingThatSortsFirst() {
    String id = UUID.randomUUID().toString();
    store.add(List.of(figure("Stop and search " + id), figure("STOP and  search " + id), figure("stop AND search " + id)), OffsetDateTime.now());

    List<String> offered = store.metrics().stream().filter(metric -> metric.endsWith(id)).toList();
    // As the figures themselves would answer: the database's own ordering decides.
    String first = jdbc.queryForObject("SELECT MIN(metric) FROM disclosed_figure WHERE metric LIKE ?", String.class, "%" + id);
    assertThat(offered).containsExactly(first);
  }

  @Test
  void twoResponsesBringingTheSameNewMetricAtOnceBothCommit() throws Exception {
    String metric = "Tip-offs " + UUID.randomUUID();
    CountDownLatch firstAdded = new CountDownLatch(1);
    CountDownLatch secondStarted = new CountDownLatch(1);
    CompletableFuture<Void> first =
        CompletableFuture.runAsync(() -> inTransaction(() -> {
          store.add(List.of(figure(metric)), OffsetDateTime.now());
          firstAdded.countDown();
          await(secondStarted);
          pause(); // so that the second one tries its INSERT before this one commits
        }));
    await(firstAdded);
    CompletableFuture<Void> second =
        CompletableFuture.runAsync(() -> {
          secondStarted.countDown();
          // Waits for the first one's row, then finds it there.
          inTransaction(() -> store.add(List.of(figure(metric.toUpperCase())), OffsetDateTime.now()));
        });
    first.get(1, TimeUnit.MINUTES);
    second.get(1, TimeUnit.MINUTES);

    assertThat(store.metrics()).filteredOn(known -> known.equalsIgnoreCase(metric)).hasSize(1);
    assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM disclosed_figure WHERE metric_key = ?", Integer.class, FigureStore.metricKey(metric)))
        .isEqualTo(2);
  }

  private void inTransaction(Runnable work) {
    new TransactionTemplate(transactions).executeWithoutResult(status -> work.run());
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(1, TimeUnit.MINUTES)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Figure figure(String metric) {
    return new Figure("FOI-2025-9500", "Borsetshire Police", metric, BigDecimal.TEN, "searches",
        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), List.of(), null, null, null, LocalDate.of(2025, 3, 20));
  }
}
