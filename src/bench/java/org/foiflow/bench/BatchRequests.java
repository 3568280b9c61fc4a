package org.foiflow.bench;

import java.util.Arrays;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;

/**
 * A batch request to 500 authorities (issue 18), with the job executor on: how long the form
 * takes to answer, how long until all 500 member requests exist (their letters still staggered,
 * one every 10 s), and how fast the batch's API answers once they do.
 */
final class BatchRequests {

  static final int AUTHORITIES = 500;
  private static final String TAG = "bench-batch";
  private static final String FORM = """
        {"variables": {
          "authorityTag": {"value": "%s"},
          "subject": {"value": "Tip-offs from MPs"},
          "requestText": {"value": "How many tip-offs did MPs pass to you, per year, 2030-2033?"},
          "sendBy": {"value": "EMAIL"},
          "requesterName": {"value": "Alice Reporter"},
          "requesterEmail": {"value": "alice@example.org"}}}""";

  private final BenchApp app;

  BatchRequests(BenchApp app) {
    this.app = app;
  }

  void run(Report report) throws Exception {
    StringBuilder csv = new StringBuilder("name,foi_email,default_regime,tags\n");
    for (int i = 0; i < AUTHORITIES; i++) {
      csv.append(String.format("Bench Force %03d,foi%d@force%d.example.police.uk,UK_FOIA,%s%n", i, i, i, TAG));
    }
    // Warm-up outside the measurement, as the filing benchmark does: a batch to 5 bodies.
    for (int i = 0; i < 5; i++) {
      csv.append(String.format("Bench Warm-up %d,warm%d@warm.example.gov.uk,UK_FOIA,%s-warm-up%n", i, i, TAG));
    }
    var imported = app.http.send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(app.baseUrl + "/api/authorities/import"))
            .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(("admin:" + BenchApp.PASSWORD).getBytes()))
            .header("Content-Type", "text/csv")
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString());
    check(imported.statusCode() == 200, "import answered " + imported.statusCode() + ": " + imported.body());
    String form = FORM.formatted(TAG);
    check(app.post("/engine-rest/process-definition/key/" + ProcessContract.BATCH_PROCESS + "/submit-form",
        FORM.formatted(TAG + "-warm-up")).statusCode() == 200, "the warm-up batch was refused");
    Thread.sleep(3000); // its 5 members started

    long start = System.nanoTime();
    var filed = app.post("/engine-rest/process-definition/key/" + ProcessContract.BATCH_PROCESS + "/submit-form", form);
    double formSeconds = (System.nanoTime() - start) / 1e9;
    check(filed.statusCode() == 200, "the batch form answered " + filed.statusCode() + ": " + filed.body());
    String reference = filed.body().replaceAll("(?s).*\"businessKey\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    report.figure("Batch: form answered (" + AUTHORITIES + " authorities)", formSeconds, "s", Report.check(formSeconds < 2, "< 2 s"));

    long members;
    do {
      Thread.sleep(200);
      members = app.engine.getRuntimeService().createProcessInstanceQuery()
          .processDefinitionKey(ProcessContract.REQUEST_PROCESS)
          .variableValueEquals(RequestVariables.BATCH_REFERENCE.name(), reference)
          .count();
    } while (members < AUTHORITIES && System.nanoTime() - start < 300e9);
    double allSeconds = (System.nanoTime() - start) / 1e9;
    report.figure("Batch: all " + AUTHORITIES + " member requests exist after", allSeconds, "s",
        Report.check(members == AUTHORITIES && allSeconds < 60, "< 60 s"));

    app.refreshStatistics();
    measure(reference, "as soon as the members exist", report);
    // The members' first jobs run at once; then only a letter every 10 s: the system is quiet again.
    long quiet = System.nanoTime();
    while (app.engine.getManagementService().createJobQuery().executable().count() > 5 && System.nanoTime() - quiet < 180e9) {
      Thread.sleep(500);
    }
    measure(reference, "once the engine is quiet", report);
  }

  private void measure(String reference, String when, Report report) throws Exception {
    double[] times = new double[21];
    for (int i = 0; i < times.length; i++) {
      long t = System.nanoTime();
      var view = app.get("/api/batches/" + reference);
      times[i] = (System.nanoTime() - t) / 1e6;
      check(view.statusCode() == 200, "the batch API answered " + view.statusCode());
    }
    Arrays.sort(times);
    report.figure("Batch: GET /api/batches/{ref}, median of 21, " + when, times[10], "ms", Report.check(times[10] < 300, "< 300 ms"));
    report.figure("Batch: GET /api/batches/{ref}, slowest of 21", times[20], "ms", null);
    long t = System.nanoTime();
    var page = app.get("/batches/" + reference);
    double pageMs = (System.nanoTime() - t) / 1e6;
    check(page.statusCode() == 200, "the batch page answered " + page.statusCode());
    report.figure("Batch: GET /batches/{ref} (the page itself), " + when, pageMs, "ms", Report.check(pageMs < 300, "< 300 ms"));
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new IllegalStateException(problem);
    }
  }
}
