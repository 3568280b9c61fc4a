package org.foiflow.bench;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.foiflow.inbound.ReplyAddresses;
import org.foiflow.mail.MailCatcher;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Replies from authorities (issue 16). (1) N replies (default 1,000) delivered over SMTP to the
 * built-in catcher at the reply addresses of 50 requests, then read over IMAP by the app's own
 * polling (every second here): time until every one is kept and matched, target < 60 s. (2) The
 * packaged jar in a child JVM with a 512 MB heap takes in one message with a 25 MB attachment by
 * upload (the size limit raised to 40 MB for it: base64 makes the message a third larger).
 */
final class InboundReplies {

  static final int REQUESTS = 50;
  static final int ATTACHMENT_MB = 25;

  void ingest(BenchDatabase db, int n, Report report) throws Exception {
    try (BenchApp app = new BenchApp(db, true, Map.of("foiflow.mail.inbound.poll-interval", "PT1S"))) {
      List<String> addresses = new ArrayList<>();
      for (int i = 0; i < REQUESTS; i++) {
        var filed = app.post("/engine-rest/process-definition/key/foi-request/submit-form",
            FilingThroughput.requestForm(i, LocalDate.now()));
        String reference = filed.body().replaceAll("(?s).*\"businessKey\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        addresses.add(app.bean(ReplyAddresses.class).address(reference));
      }
      Properties properties = new Properties();
      properties.put("mail.smtp.host", MailCatcher.HOST);
      properties.put("mail.smtp.port", String.valueOf(app.bean(MailCatcher.class).port()));
      Session session = Session.getInstance(properties);
      JdbcTemplate jdbc = app.bean(JdbcTemplate.class);
      long sending = System.nanoTime();
      try (Transport transport = session.getTransport("smtp")) {
        transport.connect();
        for (int i = 0; i < n; i++) {
          MimeMessage reply = reply(session, i, addresses.get(i % REQUESTS));
          transport.sendMessage(reply, reply.getAllRecipients());
        }
      }
      double sent = (System.nanoTime() - sending) / 1e9;
      report.figure("Replies: " + n + " delivered over SMTP to the catcher", sent, "s", null);
      long start = System.nanoTime();
      Integer kept = 0;
      while ((System.nanoTime() - start) / 1e9 < 600) {
        kept = jdbc.queryForObject("SELECT COUNT(*) FROM inbound_message WHERE status = 'MATCHED'", Integer.class);
        if (kept != null && kept >= n) {
          break;
        }
        Thread.sleep(100);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      report.figure("Replies: " + kept + " of " + n + " read over IMAP, kept and matched", seconds, "s",
          Report.check(kept != null && kept >= n && seconds < 60, "< 60 s, all matched"));
      report.figure("Replies: taken in per second", kept == null ? 0 : kept / seconds, "/s", null);
    }
  }

  private static MimeMessage reply(Session session, int i, String to) throws Exception {
    MimeMessage reply = new MimeMessage(session);
    reply.setFrom(new InternetAddress("foirequests@homeoffice.gov.uk", "FOI Team"));
    reply.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
    reply.setSubject("RE: Freedom of Information request, reply " + i);
    var text = new MimeBodyPart();
    text.setText("Dear Alice,\n\nPlease find our response attached: reply " + i + ".\n\nFOI Team\n", "UTF-8");
    var csv = new MimeBodyPart();
    csv.setDataHandler(new jakarta.activation.DataHandler(
        new ByteArrayDataSource(("year,value\n2014," + i + "\n").getBytes(StandardCharsets.UTF_8), "text/csv")));
    csv.setFileName("figures-" + i + ".csv");
    reply.setContent(new MimeMultipart(text, csv));
    reply.saveChanges();
    reply.setHeader("Message-ID", "<bench-reply-" + i + "-" + System.nanoTime() + "@homeoffice.gov.uk>");
    return reply;
  }

  void largeAttachment(Path jar, BenchDatabase db, Path outDir, Report report) throws Exception {
    if (!Files.exists(jar)) {
      report.line("Replies: 25 MB attachment skipped: no " + jar + " (run through ./mvnw -Pbench verify, which packages it)");
      return;
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx512m", "-jar", jar.toString(),
        "--server.port=" + port, "--foiflow.mail.catcher.port=0", "--foiflow.mail.catcher.imap-port=0",
        "--foiflow.admin.password=" + BenchApp.PASSWORD, "--foiflow.mail.inbound.max-message-size=40MB",
        "--spring.datasource.url=" + db.url(), "--spring.datasource.username=" + db.username(), "--spring.datasource.password="));
    if (!db.profile().isEmpty()) {
      cmd.add("--spring.profiles.active=" + db.profile());
    }
    Path log = outDir.resolve("inbound-large-" + db.kind() + ".log");
    Files.createDirectories(outDir);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String base = "http://127.0.0.1:" + port;
      long waited = System.nanoTime();
      while (!Files.readString(log).contains("Started FoiFlowApplication in")) {
        if (!p.isAlive() || (System.nanoTime() - waited) / 1e9 > 300) {
          report.line("FAILED replies, 25 MB attachment: the child JVM did not start; see " + log);
          return;
        }
        Thread.sleep(200);
      }
      byte[] message = largeMessage();
      String auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchApp.PASSWORD).getBytes(StandardCharsets.UTF_8));
      long start = System.nanoTime();
      HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/api/inbound"))
          .timeout(Duration.ofMinutes(5)).header("Authorization", auth).header("Content-Type", "message/rfc822")
          .POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(), HttpResponse.BodyHandlers.ofString());
      double seconds = (System.nanoTime() - start) / 1e9;
      long hwmKb = Files.readAllLines(Path.of("/proc/" + p.pid() + "/status")).stream()
          .filter(l -> l.startsWith("VmHWM:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong).findFirst().orElse(-1);
      boolean kept = answer.statusCode() == 202 && p.isAlive() && !Files.readString(log).contains("OutOfMemoryError");
      report.figure("Replies: " + ATTACHMENT_MB + " MB attachment (" + message.length / (1024 * 1024) + " MB message) kept, -Xmx512m",
          seconds, "s", Report.check(kept, "kept (HTTP " + answer.statusCode() + "), no OutOfMemoryError"));
      report.figure("Replies: peak resident memory (VmHWM) of that JVM", hwmKb / 1024.0, "MiB", null);
    } finally {
      p.destroy();
      p.waitFor();
    }
  }

  private static byte[] largeMessage() throws Exception {
    byte[] attachment = new byte[ATTACHMENT_MB * 1024 * 1024];
    new Random(16).nextBytes(attachment);
    MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
    message.setFrom(new InternetAddress("foirequests@homeoffice.gov.uk"));
    message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress("foi@foiflow.localhost"));
    message.setSubject("The whole dataset");
    var text = new MimeBodyPart();
    text.setText("The dataset is attached.", "UTF-8");
    var data = new MimeBodyPart();
    data.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(attachment, "application/zip")));
    data.setFileName("dataset.zip");
    message.setContent(new MimeMultipart(text, data));
    message.saveChanges();
    var out = new ByteArrayOutputStream();
    message.writeTo(out);
    return out.toByteArray();
  }
}
