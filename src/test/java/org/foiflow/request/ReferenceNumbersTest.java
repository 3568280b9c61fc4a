package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** References under concurrency, on H2 and (pgtest run) PostgreSQL. Years no other test uses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReferenceNumbersTest {

  @Autowired ReferenceNumbers references;
  @Autowired PlatformTransactionManager transactions;
  @Autowired MeterRegistry metrics;
  @Autowired DataSource applicationDatabase;

  @Test
  void theReferencePoolIsMeasuredLikeTheApplicationsPool() {
    references.next(2093);
    assertThat(metrics.find("hikaricp.connections").tag("pool", "reference-numbers").gauge()).isNotNull();
    assertThat(metrics.find("hikaricp.connections.usage").tag("pool", "reference-numbers").timer().count()).isPositive();
  }

  @Test
  void theReferencePoolDoesNotTakeTheApplicationsPlace() {
    // A second DataSource bean that could be injected would make Spring Boot skip its own pool.
    assertThat(applicationDatabase).isInstanceOf(HikariDataSource.class);
    assertThat(((HikariDataSource) applicationDatabase).getPoolName()).isNotEqualTo("reference-numbers");
  }

  @Test
  void concurrentFilingsFromTheFirstOfTheYearGetEveryNumberOnce() throws Exception {
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // Each one in a transaction of its own, as the engine runs a filing.
      Callable<List<String>> filings =
          () -> {
            List<String> taken = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              taken.add(new TransactionTemplate(transactions).execute(status -> references.next(2090)));
            }
            return taken;
          };
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        results.add(pool.submit(filings));
      }
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get(2, TimeUnit.MINUTES));
      }
      Set<String> expected =
          IntStream.rangeClosed(1, threads * perThread).mapToObj(n -> String.format("FOI-2090-%04d", n)).collect(Collectors.toSet());
      assertThat(all).hasSize(threads * perThread).doesNotHaveDuplicates();
      assertThat(Set.copyOf(all)).isEqualTo(expected);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFilingInProgressHoldsNoOtherFilingUpAndARolledBackOneLeavesAGap() {
    String rolledBack =
        new TransactionTemplate(transactions)
            .execute(
                status -> {
                  String mine = references.next(2091);
                  // Before this transaction ends: another filing gets the next number at once.
                  assertThat(CompletableFuture.supplyAsync(() -> references.next(2091)).orTimeout(10, TimeUnit.SECONDS).join())
                      .isEqualTo("FOI-2091-0002");
                  status.setRollbackOnly();
                  return mine;
                });
    assertThat(rolledBack).isEqualTo("FOI-2091-0001");
    assertThat(references.next(2091)).isEqualTo("FOI-2091-0003");
  }
}
