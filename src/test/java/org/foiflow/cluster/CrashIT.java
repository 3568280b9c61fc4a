package org.foiflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * One FOI Flow node of the packaged jar on its embedded H2 file, as shipped (no database set),
 * killed with SIGKILL while requests are being filed and their confirmation emails sent, then
 * started again on the same file and port (issue 20, parts 1, 3 and 5):
 * <ul>
 *   <li>every request answered 200 is in the database, and no reference was handed out twice,
 *       also to requests filed after the restart;
 *   <li>the sends the dead node had locked (its line to the SMTP server held just before the kill,
 *       so that some were mid-send) run within 20 s of the restart, not after the 35-minute lock,
 *       and every email reaches the SMTP server exactly once;
 *   <li>with the SMTP server unreachable, /actuator/health still answers 200 UP, /actuator/health/mail
 *       503, and the failed send is one line in the log.
 * </ul>
 * Then, on the restarted node, with the shipped mail settings (issue 20, parts 2 and 4):
 * <ul>
 *   <li>emails waiting on a long back-off while the SMTP server was away go out within a minute
 *       of its return, each once (MailProbe);
 *   <li>a server that answers the end of an email after 35 s (more than the old 30 s read timeout)
 *       gets each email once.
 * </ul>
 * Runs in the default (H2) failsafe execution; node logs and the H2 file go to target/crash/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashIT {

  static final String PASSWORD = "Crash-Owner-Secret-1";
  static final int ANSWERED_BEFORE_KILL = 40;
  static final Duration OWN_LOCKS_RUN_WITHIN = Duration.ofSeconds(20);
  static final Duration BACK_WITHIN = Duration.ofSeconds(60);
  static final Duration LATE_REPLY = Duration.ofSeconds(35);
  static final ZoneId LONDON = ZoneId.of("Europe/London");

  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final Path dir = Path.of("target", "crash").toAbsolutePath();
  private GreenMail smtp;
  private SmtpLine firstLine;
  private SmtpLine secondLine;
  private ClusterNode node;

  @BeforeAll
  void startSmtpServer() throws Exception {
    deleteRecursively(dir.resolve("data"));
    Files.createDirectories(dir);
    smtp = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
    smtp.start();
    firstLine = new SmtpLine("first", smtp.getSmtp().getPort());
    secondLine = new SmtpLine("second", smtp.getSmtp().getPort());
  }

  @AfterAll
  void stopEverything() throws Exception {
    for (AutoCloseable closeable : new AutoCloseable[] {node, firstLine, secondLine}) {
      if (closeable != null) {
        closeable.close();
      }
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  @Test
  @Order(1)
  void nothingAnswered200IsLostAndTheRestartedNodeSendsItsLockedEmailsAtOnce() throws Exception {
    int port = ClusterNode.freePort();
    node = start("crash-first", port, firstLine);
    node.awaitHealthy(Duration.ofMinutes(4));

    // Filing from four clients until the node dies under them.
    Map<String, Integer> answered = new ConcurrentHashMap<>();
    AtomicBoolean stop = new AtomicBoolean();
    ExecutorService clients = Executors.newFixedThreadPool(4);
    Instant filingStart = Instant.now();
    for (int c = 0; c < 4; c++) {
      int client = c;
      clients.submit(() -> {
        for (int i = 0; !stop.get(); i++) {
          try {
            HttpResponse<String> response = fileRequest(client * 100_000 + i);
            if (response.statusCode() == 200) {
              answered.merge(reference(response), 1, Integer::sum);
            }
          } catch (Exception nodeGone) {
            return null;
          }
        }
        return null;
      });
    }
    await("requests answered 200", () -> answered.size() >= ANSWERED_BEFORE_KILL, Duration.ofMinutes(3));
    double filingRate = answered.size() / seconds(filingStart);
    // Sends stop mid-way from here on: their jobs stay locked by this node when it dies.
    firstLine.hold();
    Thread.sleep(2_000);
    node.kill();
    stop.set(true);
    clients.shutdown();
    assertThat(clients.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
    firstLine.close();
    Set<String> answeredBeforeKill = Set.copyOf(answered.keySet());

    // The file as the dead node left it, read-only.
    String expectedNode = InetAddress.getLocalHost().getHostName() + ":" + port;
    List<String> references;
    List<String> lockedJobs;
    Map<String, Integer> locksByOwner;
    int emails;
    try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data/foiflow") + ";ACCESS_MODE_DATA=r", "sa", "")) {
      references = strings(h2, "SELECT BUSINESS_KEY_ FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_ = 'foi-request'");
      lockedJobs = strings(h2, "SELECT ID_ FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL");
      locksByOwner = counts(h2, "SELECT LOCK_OWNER_, COUNT(*) FROM ACT_RU_JOB WHERE LOCK_OWNER_ IS NOT NULL GROUP BY LOCK_OWNER_");
      emails = strings(h2, "SELECT id FROM mail_outbox").size();
    }
    System.out.printf("[crash] %d requests answered 200 before the kill (%.1f filings/s); %d requests in the database; "
        + "jobs locked by the dead node: %s%n", answeredBeforeKill.size(), filingRate, references.size(), locksByOwner);
    assertThat(answered.values()).as("no reference answered twice before the kill").allMatch(n -> n == 1);
    assertThat(references).as("every request answered 200 survived the kill").containsAll(answeredBeforeKill);
    assertThat(references).as("references unique").doesNotHaveDuplicates();
    assertThat(locksByOwner.keySet()).as("jobs locked at the kill, under the node's stable name").containsExactly(expectedNode);

    // Same file, same port: the same node.
    node = start("crash-second", port, secondLine);
    node.awaitHealthy(Duration.ofMinutes(4));
    Instant restarted = Instant.now();
    await("the jobs the dead node had locked, run by the restarted node",
        () -> lockedJobs.stream().allMatch(job -> status("/engine-rest/job/" + job) == 404), OWN_LOCKS_RUN_WITHIN);
    System.out.printf("[crash] after the restart, the %d jobs the dead node had locked ran within %.1f s%n",
        lockedJobs.size(), seconds(restarted));
    await("every confirmation of a request answered 200",
        () -> confirmedReferences().containsAll(answeredBeforeKill), OWN_LOCKS_RUN_WITHIN);
    await("every email the database holds", () -> receivedMessageIds().size() == emails, OWN_LOCKS_RUN_WITHIN);
    int copies = receivedMessageIds().values().stream().mapToInt(Integer::intValue).sum();
    System.out.printf("[faults] node killed (SIGKILL) with sends under way, then restarted: expected %d, received %d, lost %d, "
        + "doubled %d%n", emails, copies, emails - receivedMessageIds().size(), copies - receivedMessageIds().size());
    assertThat(receivedMessageIds().values()).as("no email reached the SMTP server twice").allMatch(n -> n == 1);

    List<String> afterRestart = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      HttpResponse<String> response = fileRequest(900_000 + i);
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      afterRestart.add(reference(response));
    }
    assertThat(afterRestart).as("no reference handed out again after the restart").doesNotContainAnyElementsOf(references)
        .doesNotHaveDuplicates();

    // Their confirmations arrive first: one cut off mid-send by the line going down would be sent
    // again, one of the doubles the README lists as unavoidable, and fail the next test's count.
    await("the confirmations of the requests filed after the restart",
        () -> confirmedReferences().containsAll(afterRestart), OWN_LOCKS_RUN_WITHIN);

    // The SMTP server becomes unreachable: the node stays healthy, mail alone says so, one log line.
    secondLine.down();
    long logLinesBefore = Files.readAllLines(node.log()).size();
    String unsent = reference(fileRequest(999_999));
    await("mail health FAILING", () -> status("/actuator/health/mail") == 503, Duration.ofSeconds(30));
    assertThat(status("/actuator/health")).as("overall health with the SMTP server unreachable").isEqualTo(200);
    assertThat(get("/actuator/health").body()).contains("\"UP\"");
    assertThat(get("/actuator/health/mail").body()).contains("FAILING");
    Thread.sleep(1_000);
    List<String> logged = Files.readAllLines(node.log()).stream().skip(logLinesBefore).toList();
    assertThat(logged.stream().filter(line -> line.contains(unsent)))
        .as("the failed send, in the log").singleElement().asString().contains("Could not send");
    assertThat(logged).as("no stack trace for a failed send").noneMatch(line -> line.startsWith("\tat ") || line.contains("ENGINE-14006") || line.contains("ENGINE-16004"));
  }

  /**
   * The SMTP server goes away while requests are filed by email (each a letter to the authority and
   * a confirmation). Their sends fail once and are put on the last back-off, 2 hours, as a long
   * outage would leave them (Camunda's REST call that sets a job's due date); no new email is sent
   * after the server returns, so only the node's probe can tell that it is back.
   */
  @Test
  @Order(2)
  void mailWaitingAfterAnOutageGoesOutWithinAMinuteOfTheServerComingBack() throws Exception {
    secondLine.down();
    Set<String> filed = new java.util.HashSet<>();
    for (int i = 0; i < 4; i++) {
      HttpResponse<String> response = fileRequest(800_000 + i, "EMAIL");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      filed.add(reference(response));
    }
    await("every email of the requests filed, failed once",
        () -> outbox(filed).size() == 2 * filed.size() && outbox(filed).stream().allMatch(email -> email.get("attempts").asInt() >= 1),
        Duration.ofMinutes(1));
    await("their send jobs, failed", () -> jobsWithException() >= 2 * filed.size(), Duration.ofSeconds(30));
    String twoHoursOn = java.time.OffsetDateTime.now().plusHours(2).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ"));
    JsonNode waiting = json.readTree(get("/engine-rest/job?processDefinitionKey=send-email&withException=true").body());
    // The README's calls for an email whose retries ran out: a retry (which keeps the due date), then a due date.
    for (JsonNode job : waiting) {
      assertThat(job.get("exceptionMessage").asText()).as("the job names its email").startsWith("Could not send ");
      String jobUrl = node.baseUrl() + "/engine-rest/job/" + job.get("id").asText();
      HttpResponse<String> retried = send(HttpRequest.newBuilder(URI.create(jobUrl + "/retries"))
          .PUT(HttpRequest.BodyPublishers.ofString("{\"retries\": 1}")));
      assertThat(retried.statusCode()).as(retried.body()).isEqualTo(204);
      HttpResponse<String> moved = send(HttpRequest.newBuilder(URI.create(jobUrl + "/duedate"))
          .PUT(HttpRequest.BodyPublishers.ofString("{\"duedate\": \"" + twoHoursOn + "\"}")));
      assertThat(moved.statusCode()).as(moved.body()).isEqualTo(204);
    }
    Set<String> expected = outbox(filed).stream().map(CrashIT::messageId).collect(Collectors.toSet());

    secondLine.up();
    Instant back = Instant.now();
    await("every waiting email, after the SMTP server came back", () -> receivedMessageIds().keySet().containsAll(expected), BACK_WITHIN);
    double seconds = seconds(back);
    Thread.sleep(2_000); // a second copy would come now
    Map<String, Integer> copies = receivedMessageIds();
    long doubled = expected.stream().mapToInt(copies::get).filter(n -> n > 1).count();
    System.out.printf("[faults] %d emails on a 2-hour back-off when the SMTP server came back: expected %d, received %d, lost 0, "
        + "doubled %d; all within %.1f s%n", expected.size(), expected.size(), expected.size(), doubled, seconds);
    assertThat(doubled).as("emails received twice").isZero();
    assertThat(receivedMessageIds().values()).as("no email reached the SMTP server twice").allMatch(n -> n == 1);
  }

  /** RFC 5321 s.4.5.3.2.6: the server may take 10 minutes to answer the end of an email. */
  @Test
  @Order(3)
  void aServerAnsweringTheEndOfEachEmailAfter35SecondsGetsItOnce() throws Exception {
    secondLine.up();
    secondLine.delayEndOfData(LATE_REPLY);
    Set<String> filed = new java.util.HashSet<>();
    Instant start = Instant.now();
    try {
      for (int i = 0; i < 3; i++) {
        filed.add(reference(fileRequest(700_000 + i)));
      }
      await("every confirmation marked sent", () -> outbox(filed).size() == filed.size()
          && outbox(filed).stream().allMatch(email -> email.get("status").asText().equals("SENT")), LATE_REPLY.plusSeconds(40));
    } finally {
      secondLine.delayEndOfData(Duration.ZERO);
    }
    double seconds = seconds(start);
    Map<String, Integer> copies = receivedMessageIds();
    List<JsonNode> emails = outbox(filed);
    long received = emails.stream().map(CrashIT::messageId).mapToInt(id -> copies.getOrDefault(id, 0)).sum();
    System.out.printf("[faults] %d emails whose end the server answered after %d s, shipped timeouts: expected %d, received %d, "
        + "lost 0, doubled %d; marked sent after %.1f s%n", emails.size(), LATE_REPLY.toSeconds(), emails.size(), received,
        received - emails.size(), seconds);
    assertThat(seconds).as("the replies were late").isGreaterThan(LATE_REPLY.toSeconds());
    assertThat(emails).as("sent at the first attempt, not timed out and retried")
        .allMatch(email -> email.get("attempts").asInt() == 1);
    assertThat(emails.stream().map(CrashIT::messageId).map(copies::get)).as("copies received of each").containsOnly(1);
  }

  private ClusterNode start(String name, int port, SmtpLine line) throws Exception {
    return ClusterNode.start(
        name,
        Path.of(System.getProperty("foiflow.jar")),
        Map.of(
            "SPRING_MAIL_HOST", "127.0.0.1",
            "SPRING_MAIL_PORT", String.valueOf(line.port()),
            "FOIFLOW_ADMIN_PASSWORD", PASSWORD),
        List.of(),
        dir,
        port,
        dir);
  }

  private HttpResponse<String> fileRequest(int i) throws Exception {
    return fileRequest(i, "ELSEWHERE");
  }

  /** sendBy EMAIL: FOI Flow emails the request letter to the authority too. */
  private HttpResponse<String> fileRequest(int i, String sendBy) throws Exception {
    String form = """
        {"variables": {
          "authorityName": {"value": "Home Office"},
          "authorityEmail": {"value": "foirequests@homeoffice.gov.uk"},
          "regime": {"value": "UK_FOIA"},
          "subject": {"value": "Crash request %d"},
          "requestText": {"value": "How many tip-offs did MPs pass to immigration enforcement?"},
          "sentDate": {"value": "%s"},
          "sendBy": {"value": "%s"},
          "requesterName": {"value": "Requester %d"},
          "requesterEmail": {"value": "requester%d@example.org"}}}"""
        .formatted(i, LocalDate.now(LONDON), sendBy, i, i);
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + "/engine-rest/process-definition/key/foi-request/submit-form"))
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  private String reference(HttpResponse<String> filed) throws Exception {
    return json.readTree(filed.body()).get("businessKey").asText();
  }

  private int status(String path) {
    try {
      return get(path).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(HttpRequest.newBuilder(URI.create(node.baseUrl() + path)).GET());
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    return http.send(
        request.header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
            .timeout(Duration.ofMinutes(1)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private int jobsWithException() {
    try {
      return json.readTree(get("/engine-rest/job/count?processDefinitionKey=send-email&withException=true").body()).get("count").asInt();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The outbox's emails (GET /api/mail/outbox, newest first) of the given references. */
  private List<JsonNode> outbox(Set<String> references) {
    try {
      List<JsonNode> emails = new ArrayList<>();
      json.readTree(get("/api/mail/outbox").body()).forEach(email -> {
        if (references.contains(email.get("reference").asText())) {
          emails.add(email);
        }
      });
      return emails;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The Message-ID an outbox email carries (OutboxDelivery). */
  private static String messageId(JsonNode email) {
    return "<foiflow-outbox-" + email.get("id").asLong() + "." + email.get("reference").asText() + "@foiflow>";
  }

  /** References in the subjects of the emails the SMTP server received. */
  private Set<String> confirmedReferences() {
    return Arrays.stream(smtp.getReceivedMessages())
        .map(CrashIT::subject)
        .flatMap(subject -> Arrays.stream(subject.split("[^A-Z0-9-]+")))
        .filter(word -> word.startsWith("FOI-"))
        .collect(Collectors.toSet());
  }

  /** How often each Message-ID (one per outbox email) reached the SMTP server. */
  private Map<String, Integer> receivedMessageIds() {
    Map<String, Integer> ids = new HashMap<>();
    for (MimeMessage message : smtp.getReceivedMessages()) {
      ids.merge(header(message, "Message-ID"), 1, Integer::sum);
    }
    return ids;
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject() == null ? "" : message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String header(MimeMessage message, String name) {
    try {
      String value = message.getHeader(name, null);
      return value == null ? "" : value;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> strings(Connection connection, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }

  private static Map<String, Integer> counts(Connection connection, String sql) throws SQLException {
    Map<String, Integer> counts = new HashMap<>();
    try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        counts.put(rows.getString(1), rows.getInt(2));
      }
    }
    return counts;
  }

  private static void await(String what, BooleanSupplier condition, Duration timeout) throws InterruptedException {
    Instant giveUp = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(giveUp)) {
        throw new AssertionError(what + ": not within " + timeout);
      }
      Thread.sleep(250);
    }
  }

  private static double seconds(Instant since) {
    return Duration.between(since, Instant.now()).toMillis() / 1000.0;
  }

  private static void deleteRecursively(Path path) throws Exception {
    if (Files.exists(path)) {
      try (var paths = Files.walk(path)) {
        for (Path p : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
