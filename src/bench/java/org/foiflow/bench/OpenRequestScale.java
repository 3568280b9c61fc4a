package org.foiflow.bench;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.authorization.Groups;
import org.foiflow.figures.Figure;
import org.foiflow.figures.FigureStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scale: with many open requests in the database, how long the Tasklist "Overdue" filter, the
 * Cockpit "FOI deadlines" query and the figures API take to answer (median of repeated calls).
 * The requests are seeded through the engine API (job executor off), as filing through HTTP
 * would take too long; their sent dates spread over 60 days, so a good part are overdue.
 */
final class OpenRequestScale {

  static final int CALLS = 11;
  static final String METRIC = "Benchmark metric 1";
  static final int SEED_BATCH = 20;

  private final BenchApp app;

  OpenRequestScale(BenchApp app) {
    this.app = app;
  }

  void seed(int scale, Report report) throws Exception {
    // A kept database (-Dbench.keepScaleDb) already holds the open requests of earlier runs.
    Long open = app.bean(JdbcTemplate.class)
        .queryForObject("SELECT COUNT(*) FROM open_request", Long.class);
    int first = open == null ? 0 : (int) Math.min(open, scale);
    if (first > 0) {
      report.line("Scale: " + first + " open requests kept from an earlier run (-Dbench.keepScaleDb)");
    }
    if (first < scale) {
      seed(first, scale, report);
    }
  }

  private void seed(int open, int n, Report report) throws Exception {
    long start = System.nanoTime();
    AtomicInteger next = new AtomicInteger(open);
    AtomicInteger seeded = new AtomicInteger();
    LocalDate today = LocalDate.now();
    // Two threads, one per core: a filing takes its reference number in a short transaction of its
    // own (ReferenceNumbers), so they do not wait on each other. Several starts per transaction:
    // one commit (on PostgreSQL, one WAL flush) per batch.
    int threads = Integer.getInteger("bench.seedThreads", 2);
    TransactionTemplate transaction = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      done.add(pool.submit(() -> {
        for (int first = next.getAndAdd(SEED_BATCH); first < n; first = next.getAndAdd(SEED_BATCH)) {
          int from = first;
          int to = Math.min(n, first + SEED_BATCH);
          // Filed by many requesters, as in real use: each becomes the assignee of its task, and
          // Camunda grants an assignee its task. Filed all by `admin`, the queries were measured for
          // someone holding 5,000 task grants, and the Overdue filter's authorization join grew
          // with tasks x grants (800 ms at 5,000 on PostgreSQL). The group lets them start requests.
          app.engine.getIdentityService().setAuthentication("requester" + (first / SEED_BATCH) % 1000, List.of(Groups.CAMUNDA_ADMIN));
          transaction.executeWithoutResult(status -> {
            for (int i = from; i < to; i++) {
              app.engine.getRuntimeService().startProcessInstanceByKey("foi-request", seedVariables(i, today));
            }
          });
          int total = seeded.addAndGet(to - from);
          if (total / 10_000 != (total - (to - from)) / 10_000) {
            System.out.printf("[bench] seeded %d requests after %.0f s%n", total, (System.nanoTime() - start) / 1e9);
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    report.figure("Scale: seeding " + (n - open) + " open requests (engine API, " + threads + " threads, " + SEED_BATCH
        + " per transaction)", seconds, "s", null);
    report.figure("Scale: seeding rate", (n - open) / seconds, "req/s", null);

    // Figures come from answered requests: ten metrics across the fifty authorities.
    List<Figure> figures = new ArrayList<>();
    for (int i = open / 10; i < n / 10; i++) {
      figures.add(new Figure("FOI-BENCH-" + i, "Authority " + (i % 50), "Benchmark metric " + (i % 10),
          BigDecimal.valueOf(i), "requests", LocalDate.of(2020 + i % 5, 1, 1), LocalDate.of(2020 + i % 5, 12, 31),
          List.of(new Figure.Breakdown("H1", BigDecimal.ONE), new Figure.Breakdown("H2", BigDecimal.TEN)),
          "response.pdf", "1", null, today));
    }
    app.bean(FigureStore.class).add(figures, OffsetDateTime.now());
  }

  void measure(int seeded, Report report) throws Exception {
    // Also on a kept database: its statistics may date from when it was small.
    app.refreshStatistics();
    String filters = app.get("/engine-rest/filter?name=Overdue").body();
    String overdueId = filters.replaceAll("(?s).*?\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    String sorting = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";
    time(report, "Tasklist 'Overdue' filter, first page (POST filter/{id}/list)",
        () -> app.post("/engine-rest/filter/" + overdueId + "/list?firstResult=0&maxResults=15", sorting));
    time(report, "Tasklist 'Overdue' filter, count (POST filter/{id}/count)",
        () -> app.post("/engine-rest/filter/" + overdueId + "/count", "{}"));
    time(report, "Cockpit 'FOI deadlines', first page (GET /api/requests/deadlines?firstResult=0&maxResults=50)",
        () -> app.get("/api/requests/deadlines?firstResult=0&maxResults=50"));
    time(report, "Cockpit 'FOI deadlines', a page in the middle",
        () -> app.get("/api/requests/deadlines?firstResult=" + seeded / 2 + "&maxResults=50"));
    time(report, "'FOI deadlines' without paging parameters (GET /api/requests/deadlines)",
        () -> app.get("/api/requests/deadlines"));
    time(report, "Figures of one metric (GET /api/figures?metric=...)",
        () -> app.get("/api/figures?metric=" + URLEncoder.encode(METRIC, StandardCharsets.UTF_8)));
  }

  private static Map<String, Object> seedVariables(int i, LocalDate today) {
    Map<String, Object> v = new HashMap<>();
    v.put("authorityName", "Authority " + (i % 50));
    v.put("authorityEmail", "foi" + (i % 50) + "@example.gov.uk");
    v.put("regime", "UK_FOIA");
    v.put("subject", "Seeded request " + i);
    v.put("requestText", "How many?");
    v.put("sentDate", today.minusDays(i % 60).toString());
    v.put("sendBy", "ELSEWHERE");
    v.put("requesterName", "Alice Reporter");
    v.put("requesterEmail", "alice@example.org");
    return v;
  }

  interface Call {
    java.net.http.HttpResponse<String> call() throws Exception;
  }

  private static void time(Report report, String name, Call call) throws Exception {
    double[] ms = new double[CALLS];
    int size = 0;
    for (int i = -2; i < CALLS; i++) { // two warm-up calls
      long start = System.nanoTime();
      var response = call.call();
      double took = (System.nanoTime() - start) / 1e6;
      if (response.statusCode() != 200) {
        report.line("FAILED " + name + ": HTTP " + response.statusCode() + " " + response.body().substring(0, Math.min(300, response.body().length())));
        return;
      }
      size = response.body().length();
      if (i >= 0) {
        ms[i] = took;
      }
    }
    Arrays.sort(ms);
    double median = ms[CALLS / 2];
    report.figure("Scale: " + name + " [" + size / 1024 + " KiB]", median, "ms median", Report.check(median < 300, "< 300 ms"));
  }
}
