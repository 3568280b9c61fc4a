package org.foiflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Footprint: the packaged jar in a child JVM with a 512 MB heap, on the database that holds the
 * open requests: time from launch until /actuator/health answers and the start has finished, then
 * the resident memory (VmRSS of /proc/<pid>/status). The job executor is off in that JVM, so that the seeded
 * requests' pending confirmation emails don't turn the start into a send run.
 *
 * <p>A second start measures the first start of the version that added the open_request table on
 * a database whose requests were filed before it: the table is emptied, and the start fills it.
 */
final class Footprint {

  void run(Path jar, BenchDatabase db, Path outDir, Report report) throws Exception {
    start(jar, db, outDir, report, "start-up until healthy (-Xmx512m, jar)", true);
    try (Connection c = DriverManager.getConnection(db.url(), db.username(), "");
        Statement s = c.createStatement()) {
      s.execute("DELETE FROM open_request");
      s.execute("DELETE FROM ACT_GE_PROPERTY WHERE NAME_ = 'foiflow.open-requests-listed'");
    }
    start(jar, db, outDir, report, "first start after the upgrade that adds open_request (fills it)", false);
  }

  private void start(Path jar, BenchDatabase db, Path outDir, Report report, String what, boolean normal)
      throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(),
        "--server.port=" + port, "--foiflow.mail.catcher.port=0", "--foiflow.mail.catcher.imap-port=0", "--foiflow.admin.password=" + BenchApp.PASSWORD,
        "--camunda.bpm.job-execution.enabled=false",
        "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(), "--spring.datasource.password="));
    if (!db.profile().isEmpty()) {
      cmd.add("--spring.profiles.active=" + db.profile());
    }
    Path log = outDir.resolve("footprint-" + db.kind() + (normal ? "" : "-upgrade") + ".log");
    Files.createDirectories(outDir);
    long start = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health")).timeout(Duration.ofSeconds(5)).build();
      while (true) {
        if (!p.isAlive()) {
          report.line("FAILED footprint: the child JVM exited; see " + log);
          return;
        }
        try {
          // Tomcat answers before the start-up listeners (Camunda's PostDeployEvent: filters,
          // groups, open_request) have run: also wait for Spring's "Started" line, printed after them.
          if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200
              && Files.readString(log).contains("Started FoiFlowApplication in")) {
            break;
          }
        } catch (java.io.IOException notYet) {
          // not listening yet
        }
        Thread.sleep(100);
        if ((System.nanoTime() - start) / 1e9 > 300) {
          report.line("FAILED footprint: no healthy start within 300 s");
          return;
        }
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report.figure("Footprint: " + what, seconds, "s", normal ? Report.check(seconds < 20, "< 20 s") : null);
      if (!normal) {
        return;
      }
      Thread.sleep(2000);
      long rssKb = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
          .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
      report.figure("Footprint: resident memory (VmRSS) after start", rssKb / 1024.0, "MiB", null);
    } finally {
      p.destroy();
      p.waitFor();
    }
  }
}
