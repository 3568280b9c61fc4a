package org.foiflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two FOI Flow nodes on one PostgreSQL database: a homogeneous Camunda cluster sharing the job
 * table. 1,000 late-filed requests each owe their requester an "overdue" reminder; the reminder
 * timers are held back (their job definitions suspended, as an operator would in Cockpit while
 * the mail server moves) and released at one moment, so that all 1,000 fall due together. When a
 * quarter of them have reached the SMTP server, node A is killed (SIGKILL). Node B takes over
 * node A's jobs once their locks expire, and every email reaches the SMTP server exactly once.
 *
 * <p>Just before the kill, node A's line to the SMTP server is held for two seconds: an email the
 * server has accepted is then on record in the outbox, and one the server has not accepted never
 * will be. Without that, an email accepted by the server in the last millisecond before the
 * outbox records it would be sent again by node B: SMTP cannot make a send and a database commit
 * one step, so no mail system can promise exactly once across that window (README, cluster).
 *
 * <p>Runs in the PostgreSQL test execution (pom.xml), on the packaged jar, in database
 * {@code <foiflow.test.database>_cluster}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

  static final int REQUESTS = 1_000;
  static final String PASSWORD = "Cluster-Owner-Secret-1";
  /**
   * Short, so that the test need not wait the shipped 35 minutes before node B takes over; the nodes
   * warn at start that it is shorter than the slowest send RFC 5321 allows (JobLockOutlastsSend).
   */
  static final int LOCK_MILLIS = 10_000;
  static final List<String> REMINDER_TIMERS =
      List.of("Timer_ResponseDueSoon", "Timer_ResponseDue", "Timer_ResponseOverdue", "Timer_ResponseLongOverdue");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String database = System.getProperty("foiflow.test.database", "foiflow_test") + "_cluster";
  private GreenMail smtp;
  private SmtpLine lineA;
  private SmtpLine lineB;
  private ClusterNode nodeA;
  private ClusterNode nodeB;

  @BeforeAll
  void startTwoNodes() throws Exception {
    recreateDatabase();
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    lineA = new SmtpLine("a", smtp.getSmtp().getPort());
    lineB = new SmtpLine("b", smtp.getSmtp().getPort());
    // One after the other: the first node creates Camunda's schema and deploys the processes,
    // the second finds them (README: start the first node alone on an empty database).
    nodeA = startNode("a", lineA);
    nodeA.awaitHealthy(Duration.ofMinutes(4));
    nodeB = startNode("b", lineB);
    nodeB.awaitHealthy(Duration.ofMinutes(4));
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (AutoCloseable closeable : new AutoCloseable[] {nodeA, nodeB, lineA, lineB}) {
      if (closeable != null) {
        closeable.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  void everyReminderReachesTheSmtpServerExactlyOnceAlsoWhenANodeIsKilled() throws Exception {
    List<String> timers = reminderTimerJobDefinitions();
    assertThat(timers).hasSize(REMINDER_TIMERS.size());
    for (String timer : timers) {
      suspend(timer, true);
    }

    Instant filingStart = Instant.now();
    fileLateRequests();
    double filingRate = REQUESTS / seconds(filingStart);
    awaitCount("confirmations", this::received, REQUESTS, Duration.ofMinutes(5));
    assertThat(countSql("SELECT COUNT(*) FROM act_ru_job WHERE suspension_state_ = 2 AND handler_type_ = 'timer-transition'"))
        .as("every request's due reminder timer is held back")
        .isGreaterThanOrEqualTo(REQUESTS);

    Instant storm = Instant.now();
    for (String timer : timers) {
      suspend(timer, false);
    }
    awaitCount("reminders before the kill", () -> received() - REQUESTS, REQUESTS / 4, Duration.ofMinutes(5));
    int connectionsA = lineA.connections();
    int connectionsB = lineB.connections();
    lineA.hold();
    Thread.sleep(2_000);
    int lockedByOwner = countSql("SELECT COUNT(DISTINCT lock_owner_) FROM act_ru_job WHERE lock_owner_ IS NOT NULL");
    nodeA.kill();
    lineA.close();
    int remindersAtKill = received() - REQUESTS;

    awaitCount("reminders after the kill", () -> received() - REQUESTS, REQUESTS, Duration.ofMinutes(5));
    double stormSeconds = seconds(storm);
    // Anything sent twice would arrive now, late.
    awaitQuietJobTable(Duration.ofMinutes(2));

    System.out.printf(
        "[cluster] filed %d requests at %.1f/s over two nodes; storm of %d reminders took %.1f s; "
            + "node A killed after %d reminders (SMTP connections so far: A %d, B %d; lock owners at the kill: %d)%n",
        REQUESTS, filingRate, REQUESTS, stormSeconds, remindersAtKill, connectionsA, connectionsB, lockedByOwner);

    assertThat(remindersAtKill).as("node A was killed mid-way").isBetween(1, REQUESTS - 1);
    assertThat(connectionsA).as("node A sent mail before it died").isPositive();
    assertThat(connectionsB).as("node B sent mail before A died").isPositive();

    Map<String, Long> sendsPerEmail = receivedMessageIds();
    assertThat(sendsPerEmail.values()).as("no email reached the SMTP server twice").allMatch(count -> count == 1);
    assertThat(sendsPerEmail.keySet()).as("every outbox email reached the SMTP server, nothing else did")
        .isEqualTo(outboxMessageIds());
    assertThat(countSql("SELECT COUNT(*) FROM mail_outbox")).isEqualTo(2 * REQUESTS);
    assertThat(countSql("SELECT COUNT(*) FROM mail_outbox WHERE status <> 'SENT'")).as("unsent emails").isZero();
    assertThat(countSql("SELECT COUNT(DISTINCT process_instance_id) FROM mail_outbox WHERE kind LIKE 'RESPONSE_%'"))
        .as("requests reminded").isEqualTo(REQUESTS);
    assertThat(countSql("SELECT COUNT(*) FROM act_ru_incident")).as("incidents").isZero();
  }

  private ClusterNode startNode(String name, SmtpLine line) throws Exception {
    return ClusterNode.start(
        name,
        Path.of(System.getProperty("foiflow.jar")),
        Map.of(
            "SPRING_PROFILES_ACTIVE", "postgres",
            "SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:5432/" + database,
            "SPRING_DATASOURCE_USERNAME", "postgres",
            "SPRING_DATASOURCE_PASSWORD", "",
            "SPRING_MAIL_HOST", "127.0.0.1",
            "SPRING_MAIL_PORT", String.valueOf(line.port()),
            "FOIFLOW_ADMIN_PASSWORD", PASSWORD),
        List.of("--camunda.bpm.job-execution.lock-time-in-millis=" + LOCK_MILLIS),
        Path.of("target", "cluster"));
  }

  /** Sent 35 days ago: the 20 working days are over, so each request owes one "overdue" reminder now. */
  private void fileLateRequests() throws Exception {
    LocalDate sent = LocalDate.now(ZoneId.of("Europe/London")).minusDays(35);
    ExecutorService clients = Executors.newFixedThreadPool(4);
    try {
      List<Future<HttpResponse<String>>> filings = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        ClusterNode node = i % 2 == 0 ? nodeA : nodeB;
        String form = requestForm(i, sent);
        filings.add(clients.submit(() -> post(node, "/engine-rest/process-definition/key/foi-request/submit-form", form)));
      }
      for (Future<HttpResponse<String>> filing : filings) {
        HttpResponse<String> response = filing.get();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      }
    } finally {
      clients.shutdown();
    }
  }

  private static String requestForm(int i, LocalDate sent) {
    return """
        {"variables": {
          "authorityName": {"value": "Home Office"},
          "regime": {"value": "UK_FOIA"},
          "subject": {"value": "Cluster request %d"},
          "requestText": {"value": "How many tip-offs did MPs pass to immigration enforcement?"},
          "sentDate": {"value": "%s"},
          "sendBy": {"value": "ELSEWHERE"},
          "requesterName": {"value": "Requester %d"},
          "requesterEmail": {"value": "requester%d@example.org"}}}"""
        .formatted(i, sent, i, i);
  }

  private List<String> reminderTimerJobDefinitions() throws Exception {
    JsonNode definitions =
        json.readTree(get(nodeA, "/engine-rest/job-definition?processDefinitionKey=foi-request&activityIdIn="
            + String.join(",", REMINDER_TIMERS)).body());
    List<String> ids = new ArrayList<>();
    definitions.forEach(definition -> ids.add(definition.get("id").asText()));
    return ids;
  }

  /** Cockpit's "suspend job definition", jobs included; a job created meanwhile is created suspended. */
  private void suspend(String jobDefinitionId, boolean suspended) throws Exception {
    HttpResponse<String> response =
        send(nodeB, HttpRequest.newBuilder(URI.create(nodeB.baseUrl() + "/engine-rest/job-definition/" + jobDefinitionId + "/suspended"))
            .PUT(HttpRequest.BodyPublishers.ofString("{\"suspended\": " + suspended + ", \"includeJobs\": true}")));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(204);
  }

  private HttpResponse<String> post(ClusterNode node, String path, String body) throws Exception {
    return send(node, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> get(ClusterNode node, String path) throws Exception {
    return send(node, HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
  }

  private HttpResponse<String> send(ClusterNode node, HttpRequest.Builder request) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(
        request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(1)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int received() {
    return smtp.getReceivedMessages().length;
  }

  /** How often each Message-ID (one per outbox email) reached the SMTP server. */
  private Map<String, Long> receivedMessageIds() {
    return java.util.Arrays.stream(smtp.getReceivedMessages())
        .collect(Collectors.groupingBy(ClusterIT::messageId, Collectors.counting()));
  }

  /** The Message-ID each outbox email carries (OutboxDelivery): foiflow-outbox-ID.REFERENCE. */
  private Set<String> outboxMessageIds() throws SQLException {
    Set<String> ids = new HashSet<>();
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery("SELECT id, reference FROM mail_outbox")) {
      while (rows.next()) {
        ids.add("<foiflow-outbox-" + rows.getLong(1) + "." + rows.getString(2) + "@foiflow>");
      }
    }
    return ids;
  }

  private static String messageId(MimeMessage message) {
    try {
      return message.getMessageID();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void awaitCount(String what, IntSupplier count, int target, Duration timeout) throws InterruptedException {
    Instant giveUp = Instant.now().plus(timeout);
    while (count.getAsInt() < target) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(what + ": " + count.getAsInt() + " of " + target + " after " + timeout);
      }
      Thread.sleep(250);
    }
  }

  /** Until no job is left but the requests' later timers (due in the future). */
  private void awaitQuietJobTable(Duration timeout) throws Exception {
    Instant giveUp = Instant.now().plus(timeout);
    while (countSql("SELECT COUNT(*) FROM act_ru_job WHERE duedate_ IS NULL OR duedate_ <= CURRENT_TIMESTAMP") > 0) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError("jobs still due after " + timeout);
      }
      Thread.sleep(500);
    }
  }

  private int countSql(String sql) throws SQLException {
    try (Connection connection = connect(database);
        Statement statement = connection.createStatement();
        var rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private void recreateDatabase() throws SQLException {
    try (Connection server = connect("postgres");
        Statement sql = server.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      sql.execute("CREATE DATABASE " + database);
    }
  }

  private static Connection connect(String database) throws SQLException {
    return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", "");
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }
}
