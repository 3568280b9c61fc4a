package org.foiflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.RequestVariables;
import org.foiflow.form.FormFields;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The request's page (GET /api/requests/{reference}) shows its reply address and its
 * correspondence in order: the letter sent, then the reply with its attachment, the automatic
 * reply and the bounce, each marked. Requests filed in 2036 (engine clock).
 */
class RequestCorrespondenceTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2036, 3, 3);

  @Autowired TestRestTemplate http;
  @Autowired ReplyAddresses addresses;
  @Autowired Outbox outbox;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theRequestPageShowsTheReplyAddressAndEveryLetterAndReplyInOrder() throws Exception {
    Requesters.ensure(identityService);
    today(MONDAY);
    ProcessInstance request = fileAs(Requesters.A);
    runDueJobs(request);
    String reference = request.getBusinessKey();
    OutboxMessage letter = outbox.forReference(reference).stream()
        .filter(m -> m.kind() == MailKind.REQUEST_LETTER).findFirst().orElseThrow();
    Map<String, String> values = values(reference, letter.messageId());
    TestRestTemplate editor = http.withBasicAuth(Requesters.EDITOR, Requesters.PASSWORD);
    today(MONDAY, LocalTime.of(11, 0));
    for (String file : List.of("04-pdf-attachment.eml", "12-out-of-office.eml", "13-dsn-bounce.eml")) {
      assertThat(upload(editor, Corpus.message(file, values)).getStatusCode().value()).as(file).isEqualTo(201);
    }
    today(MONDAY, LocalTime.of(12, 0));
    runDueJobs(request);

    ResponseEntity<String> page = http.withBasicAuth(Requesters.A, Requesters.PASSWORD)
        .getForEntity("/api/requests/" + reference, String.class);
    assertThat(page.getStatusCode().value()).isEqualTo(200);
    JsonNode detail = json.readTree(page.getBody());
    assertThat(detail.get("replyAddress").asText()).isEqualTo(addresses.address(reference));
    assertThat(detail.get("deliveryFailed").asBoolean()).isTrue();

    JsonNode thread = detail.get("correspondence");
    assertThat(thread.get(0).get("direction").asText()).isEqualTo("sent");
    assertThat(thread.get(0).get("to").asText()).isEqualTo("foirequests@homeoffice.gov.uk");
    assertThat(thread.get(0).get("note").asText()).isEqualTo("sent");
    List<JsonNode> received = received(thread);
    assertThat(received).extracting(m -> m.get("kind").asText()).containsExactly("reply", "automatic reply", "bounce");
    JsonNode reply = received.get(0);
    assertThat(reply.get("from").asText()).isEqualTo("foirequests@homeoffice.gov.uk");
    assertThat(reply.get("day").asText()).isEqualTo("3 March 2036");
    JsonNode attachment = reply.get("attachments").get(0);
    assertThat(attachment.get("name").asText()).isEqualTo("FOI response " + reference + ".pdf");
    assertThat(attachment.get("link").asText()).matches("/api/inbound/attachments/\\d+");
    ResponseEntity<byte[]> download = http.withBasicAuth(Requesters.A, Requesters.PASSWORD)
        .getForEntity(attachment.get("link").asText(), byte[].class);
    assertThat(download.getStatusCode().value()).isEqualTo(200);
    assertThat(new String(download.getBody(), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
    assertThat(received.get(1).get("note").asText()).startsWith("An automatic reply");
    assertThat(received.get(2).get("note").asText()).startsWith("Delivery failed").contains("5.1.1");
    // The timeline names each message received, in words.
    List<String> timeline = new ArrayList<>();
    detail.get("timeline").forEach(event -> timeline.add(event.get("what").asText()));
    assertThat(timeline)
        .contains("Reply from foirequests@homeoffice.gov.uk: " + reply.get("subject").asText())
        .anyMatch(what -> what.startsWith("Automatic reply from "))
        .contains("Delivery failed: an email to the authority came back undelivered");
    // The emails FOI Flow then wrote to the requester about them come after them.
    assertThat(indexOf(thread, received.get(2))).isLessThan(thread.size() - 1);
    assertThat(thread.get(thread.size() - 1).get("direction").asText()).isEqualTo("sent");
    assertThat(thread.get(thread.size() - 1).get("to").asText()).isEqualTo("alice@example.org");

    assertThat(http.withBasicAuth(Requesters.B, Requesters.PASSWORD)
        .getForEntity("/api/requests/" + reference, String.class).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theRecordResponseTaskShowsTheLatestReplyReadOnlyWithItsAttachmentLinks() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String reference = request.getBusinessKey();
    // Written on Tuesday, uploaded on Wednesday from the requester's own mailbox.
    today(MONDAY.plusDays(2), LocalTime.of(11, 0));
    TestRestTemplate editor = http.withBasicAuth(Requesters.EDITOR, Requesters.PASSWORD);
    byte[] reply = new String(Corpus.message("05-xlsx-and-csv.eml", values(reference, "<none@example.org>")), StandardCharsets.ISO_8859_1)
        .replace("Date: Tue, 2 Mar 2032 10:15:00 +0000", "Date: Tue, 4 Mar 2036 16:40:00 +0000").getBytes(StandardCharsets.ISO_8859_1);
    assertThat(upload(editor, reply).getStatusCode().value()).isEqualTo(201);
    runDueJobs(request);

    Task task = openTask(request);
    Map<String, Object> shown = formService.getTaskFormVariables(task.getId());
    assertThat(shown.get(RequestVariables.LATEST_REPLY.name()).toString())
        .startsWith("From foirequests@homeoffice.gov.uk, 5 March 2036\nSubject: RE: ").contains("attached spreadsheet");
    JsonNode attachments = json.readTree(shown.get(RequestVariables.LATEST_REPLY_ATTACHMENTS.name()).toString());
    assertThat(attachments).extracting(a -> a.get("name").asText()).containsExactly("tip-offs.xlsx", "tip-offs.csv");
    assertThat(attachments.get(1).get("link").asText()).matches("/api/inbound/attachments/\\d+");
    assertThat(FormFields.readOnly("record-response")).containsExactly(RequestVariables.LATEST_REPLY.name());
    // The day it was written is offered as the response's date; submitted without one, it is taken.
    assertThat(shown.get(RequestVariables.RESPONSE_DATE.name())).isEqualTo("2036-03-04");

    // Whatever comes back under the read-only field's key is not stored: the process set it.
    Map<String, Object> form = new HashMap<>(Map.of("response", "ACKNOWLEDGED", RequestVariables.LATEST_REPLY.name(), "typed over"));
    submitTask(request, "Task_RecordResponse", form);
    assertThat(variable(request, RequestVariables.LATEST_REPLY.name()).toString()).contains("attached spreadsheet");
    assertThat(variable(request, RequestVariables.RESPONSE_DATE.name())).isEqualTo("2036-03-04");
  }

  private static List<JsonNode> received(JsonNode thread) {
    List<JsonNode> received = new java.util.ArrayList<>();
    thread.forEach(mail -> {
      if (mail.get("direction").asText().equals("received")) {
        received.add(mail);
      }
    });
    return received;
  }

  private static int indexOf(JsonNode thread, JsonNode mail) {
    for (int i = 0; i < thread.size(); i++) {
      if (thread.get(i).equals(mail)) {
        return i;
      }
    }
    return -1;
  }

  ProcessInstance fileAs(String user) {
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(user, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(Map.of("sendBy", "EMAIL")));
    } finally {
      identityService.clearAuthentication();
    }
  }

  Map<String, String> values(String reference, String letterMessageId) {
    return Map.of("REFERENCE", reference, "REPLY_ADDRESS", addresses.address(reference), "TAMPERED_ADDRESS", "x@example.org",
        "LETTER_MESSAGE_ID", letterMessageId, "UNIQUE", UUID.randomUUID().toString());
  }

  static ResponseEntity<String> upload(TestRestTemplate as, byte[] raw) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("message/rfc822"));
    return as.exchange("/api/inbound", HttpMethod.POST, new HttpEntity<>(raw, headers), String.class);
  }
}
