package org.foiflow.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The FOI Flow benchmarks (docs/benchmarks.md): ./mvnw -Pbench verify, with -Dbench.n (requests
 * filed and reminded, default 10,000), -Dbench.scale (open requests for the queries and the
 * footprint, default 100,000), -Dbench.db (h2,postgres), -Dbench.clients (default 4) and
 * -Dbench.parts (default "storm,scale,batch": storm = filing then the reminder storm; scale = the
 * queries on many open requests, then the footprint; batch = a batch request to 500 authorities), -Dbench.seedThreads (default 2) and
 * -Dbench.keepScaleDb (keep the scale database for the next run, which seeds only the open
 * requests missing). Part "inbound" (not in the default parts; -Dbench.parts=inbound): replies
 * read over IMAP (-Dbench.replies, default 1,000) and a 25 MB attachment in a 512 MB heap.
 * Figures go to stdout and to target/benchmarks/<database>.txt.
 */
public final class Benchmarks {

  public static void main(String[] args) {
    try {
      runAll();
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    // Spring and Camunda leave non-daemon threads behind after close.
    System.exit(0);
  }

  private static void runAll() throws Exception {
    int n = Integer.getInteger("bench.n", 10_000);
    int scale = Integer.getInteger("bench.scale", 100_000);
    int clients = Integer.getInteger("bench.clients", 4);
    Path out = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    Path jar = Path.of(System.getProperty("bench.jar", "target/foi-flow-0.1.0-SNAPSHOT.jar"));
    for (String kind : System.getProperty("bench.db", "h2,postgres").split(",")) {
      Report report = new Report(out.resolve(kind.trim() + ".txt"),
          "FOI Flow benchmarks on " + kind + ", " + LocalDateTime.now().withNano(0) + ", N=" + n + ", scale=" + scale
              + ", " + Runtime.getRuntime().availableProcessors() + " cores, java " + System.getProperty("java.version"));
      run(kind.trim(), n, scale, clients, out, jar, report);
    }
  }

  private static void run(String kind, int n, int scale, int clients, Path out, Path jar, Report report) throws Exception {
    String parts = System.getProperty("bench.parts", "storm,scale,batch");
    if (parts.contains("storm")) {
      runStorm(kind, n, clients, out, report);
    }
    if (parts.contains("scale")) {
      runScale(kind, scale, out, jar, report);
    }
    if (parts.contains("inbound")) {
      var inbound = new InboundReplies();
      inbound.ingest(BenchDatabase.fresh(kind, "inbound", out), Integer.getInteger("bench.replies", 1_000), report);
      inbound.largeAttachment(jar, BenchDatabase.fresh(kind, "inbound_large", out), out, report);
    }
    if (parts.contains("batch")) {
      try (BenchApp app = new BenchApp(BenchDatabase.fresh(kind, "batch", out), true)) {
        new BatchRequests(app).run(report);
      }
    }
  }

  private static void runStorm(String kind, int n, int clients, Path out, Report report) throws Exception {
    try (BenchApp app = new BenchApp(BenchDatabase.fresh(kind, "storm", out), true)) {
      LocalDate today = LocalDate.now();
      String deadline = app.get("/api/deadlines?regime=UK_FOIA&received=" + today).body();
      LocalDate due = LocalDate.parse(deadline.replaceAll("(?s).*\"due\"\\s*:\\s*\"([0-9-]+)\".*", "$1"));
      new FilingThroughput(app, clients).run(n, today, report);
      new ReminderStorm(app).run(n, due, report);
    }
  }

  private static void runScale(String kind, int scale, Path out, Path jar, Report report) throws Exception {
    BenchDatabase scaleDb =
        Boolean.getBoolean("bench.keepScaleDb") ? BenchDatabase.kept(kind, "scale", out) : BenchDatabase.fresh(kind, "scale", out);
    try (BenchApp app = new BenchApp(scaleDb, false)) {
      OpenRequestScale bench = new OpenRequestScale(app);
      bench.seed(scale, report);
      bench.measure(scale, report);
    }
    if (Files.exists(jar)) {
      new Footprint().run(jar, scaleDb, out, report);
    } else {
      report.line("Footprint skipped: no " + jar + " (run through ./mvnw -Pbench verify, which packages it)");
    }
  }
}
