package org.foiflow.bench;

import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Filing: N requests through POST /engine-rest/process-definition/key/foi-request/submit-form, as
 * Tasklist sends them, from a few concurrent clients; then N starts of a bare one-user-task
 * process the same way. Requests per second of each and their ratio.
 */
final class FilingThroughput {

  static final String BARE_TASK = "bench-bare-task";

  private final BenchApp app;
  private final int clients;

  FilingThroughput(BenchApp app, int clients) {
    this.app = app;
    this.clients = clients;
  }

  static String requestForm(int i, LocalDate sentDate) {
    return """
        {"variables": {
          "authorityName": {"value": "Home Office"},
          "authorityEmail": {"value": "foirequests@homeoffice.gov.uk"},
          "regime": {"value": "UK_FOIA"},
          "subject": {"value": "Benchmark request %d"},
          "requestText": {"value": "How many tip-offs did MPs pass to immigration enforcement?"},
          "sentDate": {"value": "%s"},
          "sendBy": {"value": "ELSEWHERE"},
          "requesterName": {"value": "Alice Reporter"},
          "requesterEmail": {"value": "alice%d@example.org"}}}""".formatted(i, sentDate, i);
  }

  void run(int n, LocalDate sentDate, Report report) throws Exception {
    app.engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance(BARE_TASK + ".bpmn",
            Bpmn.createExecutableProcess(BARE_TASK).startEvent().userTask().camundaAssignee("admin").endEvent().done())
        .deploy();
    // Warm-up outside the measurement: first requests compile JSPs, JIT, caches.
    post(Math.min(50, n), "/engine-rest/process-definition/key/foi-request/submit-form", i -> requestForm(-i, sentDate));
    post(Math.min(50, n), "/engine-rest/process-definition/key/" + BARE_TASK + "/submit-form", i -> "{\"variables\":{}}");

    double foi = post(n, "/engine-rest/process-definition/key/foi-request/submit-form", i -> requestForm(i, sentDate));
    double bare = post(n, "/engine-rest/process-definition/key/" + BARE_TASK + "/submit-form", i -> "{\"variables\":{}}");
    report.figure("Filing: FOI requests/s (N=" + n + ", " + clients + " clients)", foi, "req/s", Report.check(foi >= 100, ">= 100/s"));
    report.figure("Filing: bare one-user-task process/s", bare, "req/s", null);
    report.figure("Filing: ratio FOI / bare", foi / bare, "", Report.check(foi / bare >= 0.5, ">= 0.5"));
  }

  /** @return requests per second; every answer must be 200. */
  private double post(int n, String path, java.util.function.IntFunction<String> body) throws Exception {
    AtomicInteger next = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    long start = System.nanoTime();
    List<Future<?>> done = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      done.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          var response = app.post(path, body.apply(i));
          if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    return n / seconds;
  }
}
