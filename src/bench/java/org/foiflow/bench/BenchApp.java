package org.foiflow.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.foiflow.FoiFlowApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * FOI Flow started in this JVM, on a fresh database, with the job executor as asked, the
 * built-in mail catcher on a free port and the web server on a free port; plus an HTTP client
 * logged in as admin. In-process so that benchmarks can move the engine clock (ClockUtil).
 */
final class BenchApp implements AutoCloseable {

  static final String PASSWORD = "Bench-Owner-Secret-1";

  final ConfigurableApplicationContext context;
  final ProcessEngine engine;
  final String baseUrl;
  private final Optional<AutoAnalyze> autoAnalyze;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));

  BenchApp(BenchDatabase database, boolean jobExecutor) throws Exception {
    this(database, jobExecutor, Map.of());
  }

  /** {@code more}: properties of this benchmark on top of the usual ones. */
  BenchApp(BenchDatabase database, boolean jobExecutor, Map<String, Object> more) throws Exception {
    ClockUtil.reset();
    Map<String, Object> props = new LinkedHashMap<>(database.springProperties());
    props.put("server.port", 0);
    props.put("foiflow.mail.catcher.port", 0);
    props.put("foiflow.mail.catcher.imap-port", 0);
    props.put("foiflow.admin.password", PASSWORD);
    props.put("camunda.bpm.job-execution.enabled", jobExecutor);
    props.putAll(more);
    // Only the application's own configuration: the test resources on this classpath hold a
    // config/application.yaml (test overrides) that Spring Boot would otherwise load on top.
    props.put("spring.config.location", "classpath:/");
    // Figures are about the engine, not the console: INFO lines per email would swamp the report.
    props.put("logging.level.root", "WARN");
    SpringApplication app = new SpringApplication(FoiFlowApplication.class);
    if (!database.profile().isEmpty()) {
      app.setAdditionalProfiles(database.profile());
    }
    // The test classes are on this classpath: keep their Spring configuration (process test
    // coverage) out of the application, as a plain start of the jar would.
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("benchExcludeTestConfiguration", new ExcludeTestConfiguration()));
    // As command-line arguments: they win over application.yaml (default properties would not).
    context = app.run(props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
    engine = context.getBean(ProcessEngine.class);
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    baseUrl = "http://127.0.0.1:" + port;
    autoAnalyze = AutoAnalyze.whereAutovacuumIsOff(database);
  }

  /**
   * PostgreSQL plans by table statistics, which autovacuum refreshes about a minute after a bulk
   * change. Measured straight after seeding, the planner still saw the empty tables: the FOI
   * deadlines page took 9.3 s at 5,000 requests, 66 ms after ANALYZE. A running system has its
   * statistics, so the benchmark refreshes them before measuring, as a settled autovacuum would
   * have (and while it runs, see AutoAnalyze). H2 keeps no such statistics.
   */
  void refreshStatistics() {
    var jdbc = context.getBean(org.springframework.jdbc.core.JdbcTemplate.class);
    if ("PostgreSQL".equals(jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName()))) {
      jdbc.execute("ANALYZE");
      System.out.println("[bench] ANALYZE (PostgreSQL statistics, as autovacuum would refresh them)");
    }
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  HttpResponse<String> get(String path) throws Exception {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> post(String path, String json) throws Exception {
    return http.send(
        request(path).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofMinutes(5)).header("Authorization", auth);
  }

  @Override
  public void close() {
    autoAnalyze.ifPresent(AutoAnalyze::close);
    context.close();
    ClockUtil.reset();
  }

  static final class ExcludeTestConfiguration extends TypeExcludeFilter {
    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
      String name = reader.getClassMetadata().getClassName();
      return name.equals("org.foiflow.TestContextConfiguration") || name.startsWith("org.foiflow.bench.");
    }

    @Override
    public boolean equals(Object obj) {
      return obj instanceof ExcludeTestConfiguration;
    }

    @Override
    public int hashCode() {
      return 1;
    }
  }
}
