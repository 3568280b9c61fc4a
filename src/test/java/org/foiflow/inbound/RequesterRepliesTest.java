package org.foiflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
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
 * A requester uploads replies only onto their own requests, and reads and downloads only their own
 * requests' replies; another requester gets nothing, editors get everything.
 */
class RequesterRepliesTest extends LifecycleTest {

  @Autowired TestRestTemplate http;
  @Autowired ReplyAddresses addresses;
  @Autowired Replies replies;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void aRequesterUploadsAndReadsOnlyTheirOwnRequestsReplies() throws Exception {
    Requesters.ensure(identityService);
    today(LocalDate.of(2032, 3, 1));
    String reference = fileAs(Requesters.A).getBusinessKey();
    var values = Map.of("REFERENCE", reference, "REPLY_ADDRESS", addresses.address(reference),
        "TAMPERED_ADDRESS", "x@example.org", "LETTER_MESSAGE_ID", "<none@example.org>", "UNIQUE", UUID.randomUUID().toString());
    byte[] reply = Corpus.message("05-xlsx-and-csv.eml", values);
    TestRestTemplate a = http.withBasicAuth(Requesters.A, Requesters.PASSWORD);
    TestRestTemplate b = http.withBasicAuth(Requesters.B, Requesters.PASSWORD);
    TestRestTemplate editor = http.withBasicAuth(Requesters.EDITOR, Requesters.PASSWORD);

    assertThat(upload(http, reply).getStatusCode().value()).as("no login").isEqualTo(401);
    assertThat(upload(b, reply).getStatusCode().value()).as("not B's request").isEqualTo(403);
    assertThat(replies.forReference(reference)).as("nothing kept for B's upload").isEmpty();
    assertThat(upload(a, reply).getStatusCode().value()).isEqualTo(201);
    assertThat(upload(b, reply).getStatusCode().value()).as("nor its duplicate").isEqualTo(403);
    assertThat(upload(a, reply).getStatusCode().value()).isEqualTo(200);

    String path = "/api/requests/" + reference + "/replies";
    assertThat(b.getForEntity(path, String.class).getStatusCode().value()).isEqualTo(404);
    ResponseEntity<String> own = a.getForEntity(path, String.class);
    assertThat(own.getStatusCode().value()).isEqualTo(200);
    JsonNode page = json.readTree(own.getBody());
    assertThat(page.get("replyAddress").asText()).isEqualTo(addresses.address(reference));
    JsonNode attachments = page.get("replies").get(0).get("attachments");
    assertThat(attachments).hasSize(2);
    String csv = "/api/inbound/attachments/" + attachments.get(1).get("id").asText();

    assertThat(b.getForEntity(csv, byte[].class).getStatusCode().value()).isEqualTo(404);
    assertThat(http.getForEntity(csv, byte[].class).getStatusCode().value()).isEqualTo(401);
    for (TestRestTemplate allowed : List.of(a, editor, http.withBasicAuth("admin", "Test-Owner-Secret-1"))) {
      ResponseEntity<byte[]> download = allowed.getForEntity(csv, byte[].class);
      assertThat(download.getStatusCode().value()).isEqualTo(200);
      assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;").contains("tip-offs.csv");
      assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(new String(download.getBody())).startsWith("year,tip_offs");
    }
    assertThat(a.getForEntity("/api/inbound/held", String.class).getStatusCode().value()).isEqualTo(403);
    assertThat(editor.getForEntity("/api/inbound/held", String.class).getStatusCode().value()).isEqualTo(200);
  }

  private ProcessInstance fileAs(String user) {
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(user, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(Map.of()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static ResponseEntity<String> upload(TestRestTemplate as, byte[] raw) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType("message/rfc822"));
    return as.exchange("/api/inbound", HttpMethod.POST, new HttpEntity<>(raw, headers), String.class);
  }
}
