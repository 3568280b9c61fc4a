package org.foiflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.RequestVariables;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Every reply of the corpus, uploaded as an editor would (POST /api/inbound), ends matched, held,
 * duplicate or refused as expected.csv says; none is lost; the request hears of it.
 */
class RepliesCorpusTest extends LifecycleTest {

  // Monday 1 March 2032: the year of this test requests.
  static final LocalDate MONDAY = LocalDate.of(2032, 3, 1);
  static final String ADMIN_PASSWORD = "Test-Owner-Secret-1";

  @Autowired TestRestTemplate http;
  @Autowired Outbox outbox;
  @Autowired Replies replies;
  @Autowired ReplyAddresses addresses;
  @Autowired Ingestion ingestion;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void everyReplyOfTheCorpusEndsAsExpectedAndNoneIsLost() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("sendBy", "EMAIL"));
    runDueJobs(request);
    String reference = request.getBusinessKey();
    Map<String, String> values = values(reference);

    int kept = 0;
    for (Corpus.Expected expected : Corpus.expected()) {
      ResponseEntity<String> answer = upload(Corpus.message(expected.file(), values));
      String says = expected.file() + " answered " + answer.getStatusCode() + " " + answer.getBody();
      switch (expected.outcome()) {
        case "MATCHED" -> {
          assertThat(answer.getStatusCode().value()).as(says).isEqualTo(201);
          JsonNode body = json.readTree(answer.getBody());
          assertThat(body.get("status").asText()).as(says).isEqualTo("MATCHED");
          assertThat(body.get("reference").asText()).as(says).isEqualTo(reference);
          StoredReply reply = replyWithId(reference, body.get("id").asLong());
          assertThat(reply.matchReason()).as(says).contains(expected.says());
          assertThat(reply.automatic()).as(says + " automatic").isEqualTo(expected.automatic());
          assertThat(reply.bounce()).as(says + " bounce").isEqualTo(expected.bounce());
          assertThat(reply.attachments()).as(says + " attachments").hasSize(expected.attachments());
          kept++;
        }
        case "HELD" -> {
          assertThat(answer.getStatusCode().value()).as(says).isEqualTo(202);
          JsonNode body = json.readTree(answer.getBody());
          assertThat(body.get("status").asText()).as(says).isEqualTo("HELD");
          StoredReply held = ingestion.held(10_000).stream().filter(r -> r.id() == body.get("id").asLong()).findFirst().orElseThrow();
          assertThat(held.matchReason() + "\n" + held.guesses()).as(says).contains(expected.says());
          kept++;
        }
        case "DUPLICATE" -> {
          assertThat(answer.getStatusCode().value()).as(says).isEqualTo(200);
          assertThat(json.readTree(answer.getBody()).get("status").asText()).as(says).isEqualTo("DUPLICATE");
          assertThat(json.readTree(answer.getBody()).get("reference").asText()).as(says).isEqualTo(reference);
        }
        case "REFUSED" -> {
          assertThat(answer.getStatusCode().value()).as(says).isEqualTo(400);
          assertThat(answer.getBody()).as(says).contains(expected.says());
        }
        default -> throw new AssertionError("unknown outcome in expected.csv: " + expected.outcome());
      }
    }
    assertThat(Corpus.expected()).hasSizeGreaterThanOrEqualTo(20);
    long matched = Corpus.expected().stream().filter(e -> e.outcome().equals("MATCHED")).count();
    assertThat(replies.forReference(reference)).as("every matched reply kept once on its request").hasSize((int) matched);
    assertThat(kept).isEqualTo(Corpus.expected().stream().filter(e -> e.outcome().matches("MATCHED|HELD")).count());

    // What was kept reads as text: the HTML's script is gone, windows-1252 decoded, the forward's text kept.
    List<StoredReply> onRequest = replies.forReference(reference);
    assertThat(textOf(onRequest, "refusing")).contains("We are refusing your request under section 31.")
        .doesNotContain("alert").doesNotContain("<p>").doesNotContain("color:red");
    assertThat(textOf(onRequest, "fee would be")).contains("£25 – “appropriate limit”").contains("café");
    assertThat(textOf(onRequest, "Forwarding")).contains("extending the deadline by 20 working days");
    assertThat(textOf(onRequest, "Naïve")).contains("Naïve question");
    StoredReply pdf = onRequest.stream().filter(r -> !r.attachments().isEmpty() && r.attachments().size() == 1).findFirst().orElseThrow();
    assertThat(pdf.attachments().get(0).name()).isEqualTo("FOI response " + reference + ".pdf");
    assertThat(pdf.attachments().get(0).contentType()).isEqualTo("application/pdf");
    assertThat(pdf.attachments().get(0).sha256()).hasSize(64);

    // In the process: each reply is noted (its job), the task comes up now, the requester hears once a
    // day, and the bounce marks the request "delivery failed".
    runDueJobs(request);
    Task task = openTask(request);
    assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_RecordResponse");
    assertThat(task.getFollowUpDate()).isCloseTo(Date.from(MONDAY.atTime(10, 0).atZone(LONDON).toInstant()), 60_000);
    assertThat(taskService.getTaskComments(task.getId())).extracting(c -> c.getFullMessage())
        .anySatisfy(note -> assertThat(note).startsWith("A reply from foirequests@homeoffice.gov.uk").contains("482 tip-offs"))
        .anySatisfy(note -> assertThat(note).startsWith("A bounce from"))
        .anySatisfy(note -> assertThat(note).contains("Attachment tip-offs.csv: " + servedAt() + "/api/inbound/attachments/"));
    assertThat(variable(request, RequestVariables.DELIVERY_FAILED.name())).isEqualTo(true);
    List<OutboxMessage> toRequester = outbox.forReference(reference).stream()
        .filter(m -> m.kind() == MailKind.REPLY_RECEIVED || m.kind() == MailKind.DELIVERY_FAILED).toList();
    assertThat(toRequester).extracting(OutboxMessage::kind).containsExactlyInAnyOrder(MailKind.REPLY_RECEIVED, MailKind.DELIVERY_FAILED);
    OutboxMessage told = toRequester.stream().filter(m -> m.kind() == MailKind.REPLY_RECEIVED).findFirst().orElseThrow();
    assertThat(told.recipient()).isEqualTo("alice@example.org");
    assertThat(told.subject()).isEqualTo(reference + ": Home Office replied");
    assertThat(told.body()).contains("482 tip-offs").contains("/camunda/app/tasklist/default/#/?task=" + task.getId());
    OutboxMessage bounced = toRequester.stream().filter(m -> m.kind() == MailKind.DELIVERY_FAILED).findFirst().orElseThrow();
    assertThat(bounced.body()).contains("5.1.1").contains("foirequests@homeoffice.gov.uk");
  }

  @Test
  void anAutomaticReplyIsKeptAndMarkedWithoutAnEmailToTheRequester() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String reference = request.getBusinessKey();
    assertThat(upload(Corpus.message("12-out-of-office.eml", values(reference))).getStatusCode().value()).isEqualTo(201);
    runDueJobs(request);
    assertThat(replies.forReference(reference)).singleElement().satisfies(reply -> assertThat(reply.automatic()).isTrue());
    assertThat(outbox.forReference(reference)).extracting(OutboxMessage::kind).doesNotContain(MailKind.REPLY_RECEIVED);
    assertThat(openTask(request).getFollowUpDate()).isCloseTo(Date.from(MONDAY.atTime(10, 0).atZone(LONDON).toInstant()), 60_000);
  }

  @Test
  void aHeldReplyIsFiledByHandAndThenTellsItsRequest() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String reference = request.getBusinessKey();
    ResponseEntity<String> held = upload(Corpus.message("20-reference-wrong-domain.eml", values(reference)));
    assertThat(held.getStatusCode().value()).isEqualTo(202);
    long id = json.readTree(held.getBody()).get("id").asLong();
    String pen = admin().getForObject("/api/inbound/held", String.class);
    assertThat(pen).contains("\"id\":" + id).contains(reference + ": named in the message");

    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    var bad = admin().exchange("/api/inbound/held/" + id + "/assign", HttpMethod.POST,
        new HttpEntity<>("{\"reference\": \"FOI-2032-99999\"}", headers), String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    var filed = admin().exchange("/api/inbound/held/" + id + "/assign", HttpMethod.POST,
        new HttpEntity<>("{\"reference\": \"" + reference + "\"}", headers), String.class);
    assertThat(filed.getStatusCode().value()).isEqualTo(200);
    assertThat(admin().getForObject("/api/inbound/held", String.class)).doesNotContain("\"id\":" + id + ",");
    assertThat(replies.forReference(reference)).singleElement()
        .satisfies(reply -> assertThat(reply.matchReason()).isEqualTo("filed by hand from the holding pen"));
    runDueJobs(request);
    assertThat(outbox.forReference(reference)).extracting(OutboxMessage::kind).contains(MailKind.REPLY_RECEIVED);
    var again = admin().exchange("/api/inbound/held/" + id + "/assign", HttpMethod.POST,
        new HttpEntity<>("{\"reference\": \"" + reference + "\"}", headers), String.class);
    assertThat(again.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theHoldingPenPageShowsMessagesAsTextOnly() {
    assertThat(http.getForEntity("/mail/held.html", String.class).getBody()).contains("held.js").doesNotContain("innerHTML");
    String rows = http.getForEntity("/mail/held.js", String.class).getBody();
    assertThat(rows).contains("/api/inbound/held").contains("/assign").contains("X-XSRF-TOKEN").doesNotContain("innerHTML");
  }

  @Test
  void aMessageOverTheLimitIsRefusedWith413() {
    byte[] huge = new byte[(int) ingestion.maxSize() + 10];
    java.util.Arrays.fill(huge, (byte) 'a');
    assertThat(upload(huge).getStatusCode().value()).isEqualTo(413);
  }

  Map<String, String> values(String reference) {
    String address = addresses.address(reference);
    String token = address.substring(address.lastIndexOf('-') + 1, address.indexOf('@'));
    String tampered = address.replace(token, (token.charAt(0) == 'a' ? "b" : "a") + token.substring(1));
    String letter = outbox.forReference(reference).stream().filter(m -> m.kind() == MailKind.REQUEST_LETTER)
        .map(OutboxMessage::messageId).findFirst().orElse("<no-letter@foiflow>");
    return Map.of("REFERENCE", reference, "REPLY_ADDRESS", address, "TAMPERED_ADDRESS", tampered,
        "LETTER_MESSAGE_ID", letter, "UNIQUE", UUID.randomUUID().toString());
  }

  TestRestTemplate admin() {
    return http.withBasicAuth("admin", ADMIN_PASSWORD);
  }

  ResponseEntity<String> upload(byte[] raw) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("message/rfc822"));
    return admin().exchange("/api/inbound", HttpMethod.POST, new HttpEntity<>(raw, headers), String.class);
  }

  private StoredReply replyWithId(String reference, long id) {
    return replies.forReference(reference).stream().filter(r -> r.id() == id).findFirst().orElseThrow();
  }

  private static String textOf(List<StoredReply> replies, String containing) {
    return replies.stream().map(StoredReply::text).filter(t -> t != null && t.contains(containing)).findFirst()
        .orElseThrow(() -> new AssertionError("no reply with text containing " + containing));
  }
}
