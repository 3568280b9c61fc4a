package org.foiflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.RequestVariables;
import org.foiflow.mail.MailCatcher;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.foiflow.tracking.DeadlinePage;
import org.foiflow.tracking.OpenRequestDeadlines;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Replies through real mail protocols: sent over SMTP to the built-in catcher at the request's
 * reply address, read over its IMAP; a crash between keeping and flagging loses nothing; a
 * bounce marks the request, and the letter goes again to the corrected address.
 */
class InboundMailboxTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2032, 3, 1);

  @Autowired MailCatcher catcher;
  @Autowired InboundMailbox mailbox;
  @Autowired Ingestion ingestion;
  @Autowired ReplyAddresses addresses;
  @Autowired Replies replies;
  @Autowired Outbox outbox;
  @Autowired InboundSettings settings;
  @Autowired OpenRequestDeadlines deadlines;
  @Autowired TestRestTemplate http;
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theLetterCarriesTheReplyAddressAndAReplySentOverSmtpArrivesOnItsRequestOverImap() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of("sendBy", "EMAIL"));
    runDueJobs(request);
    String reference = request.getBusinessKey();
    String replyAddress = addresses.address(reference);
    assertThat(replyAddress).matches("foi\\+" + reference + "-[0-9a-f]{20}@foiflow\\.localhost");

    // The letter as the authority received it, read from its own mailbox at the catcher.
    MimeMessage letter = inbox("foirequests@homeoffice.gov.uk", "foirequests@homeoffice.gov.uk").stream()
        .filter(m -> subject(m).contains(reference)).findFirst().orElseThrow();
    assertThat(letter.getReplyTo()).extracting(a -> ((InternetAddress) a).getAddress()).containsExactly(replyAddress);
    // The requester's own emails keep the usual Reply-To (none here).
    assertThat(inbox("alice@example.org", "alice@example.org").stream().filter(m -> subject(m).contains(reference)))
        .allSatisfy(m -> assertThat(m.getHeader("Reply-To")).isNull());

    // The authority presses Reply: over SMTP to the catcher, to the reply address.
    send(Corpus.message("04-pdf-attachment.eml", values(reference)), replyAddress);
    InboundMailbox.Reading reading = mailbox.readUnseen();
    assertThat(reading.matched()).isEqualTo(1);
    assertThat(replies.forReference(reference)).singleElement().satisfies(reply -> {
      assertThat(reply.attachments()).singleElement().satisfies(a -> assertThat(a.contentType()).isEqualTo("application/pdf"));
      assertThat(reply.matchReason()).contains("reply address is in To");
    });
    assertThat(mailbox.readUnseen().read()).as("flagged \\Seen once kept").isZero();

    runDueJobs(request);
    assertThat(outbox.forReference(reference)).extracting(OutboxMessage::kind).contains(MailKind.REPLY_RECEIVED);
  }

  @Test
  void aCrashBetweenKeepingAndFlaggingReadsTheMessagesAgainAsDuplicatesAndLosesNone() throws Exception {
    today(MONDAY);
    ProcessInstance request = fileRequest(Map.of());
    String reference = request.getBusinessKey();
    Map<String, String> values = values(reference);
    for (String file : List.of("01-plain-reply.eml", "02-multipart-alternative.eml", "05-xlsx-and-csv.eml")) {
      send(Corpus.message(file, values), addresses.address(reference));
    }
    // The node keeps two messages, then dies before it flags them.
    AtomicInteger kept = new AtomicInteger();
    var dying = new InboundMailbox(mailbox.account(), raws -> {
      for (byte[] raw : raws) {
        ingestion.ingest(raw, any -> true);
        if (kept.incrementAndGet() == 2) {
          throw new IllegalStateException("node killed");
        }
      }
      throw new AssertionError("the node should have died");
    });
    assertThatThrownBy(dying::readUnseen).hasMessage("node killed");
    assertThat(replies.forReference(reference)).hasSize(2);

    InboundMailbox.Reading again = mailbox.readUnseen();
    assertThat(again.read()).as("nothing was flagged \\Seen before it was kept").isEqualTo(3);
    assertThat(again.duplicates()).isEqualTo(2);
    assertThat(again.matched()).isEqualTo(1);
    assertThat(replies.forReference(reference)).hasSize(3);
    assertThat(mailbox.readUnseen().read()).isZero();
  }

  @Test
  void aBouncedLetterMarksTheRequestDeliveryFailedAndGoesAgainToTheCorrectedAddress() throws Exception {
    Requesters.ensure(identityService);
    today(LocalDate.of(2036, 3, 4));
    ProcessInstance request = fileAs(Requesters.A, Map.of("sendBy", "EMAIL"));
    runDueJobs(request);
    String reference = request.getBusinessKey();
    OutboxMessage letter = outbox.forReference(reference).stream()
        .filter(m -> m.kind() == MailKind.REQUEST_LETTER).findFirst().orElseThrow();
    assertThat(letter.status()).isEqualTo(OutboxMessage.Status.SENT);

    // The authority's mail server bounces it, to FOI Flow's mailbox; the DSN names the letter's Message-ID.
    Map<String, String> values = new java.util.HashMap<>(values(reference));
    values.put("LETTER_MESSAGE_ID", letter.messageId());
    send(Corpus.message("13-dsn-bounce.eml", values), settings.address());
    assertThat(mailbox.readUnseen().matched()).isEqualTo(1);
    runDueJobs(request);

    TestRestTemplate a = http.withBasicAuth(Requesters.A, Requesters.PASSWORD);
    assertThat(json.readTree(a.getForObject("/api/requests/" + reference, String.class)).get("deliveryFailed").asBoolean()).isTrue();
    assertThat(deadlines.page(DeadlinePage.parse("0", "50"), Optional.of(List.of(request.getId()))).requests())
        .singleElement().satisfies(row -> assertThat(row.deliveryFailed()).isTrue());
    assertThat(inbox("alice@example.org", "alice@example.org")).filteredOn(m -> subject(m).equals(
            reference + ": your email to Home Office did not arrive"))
        .singleElement().satisfies(m -> assertThat(m.getContent().toString())
            .contains("5.1.1").contains(servedAt() + "/requests/" + reference));

    String resend = "/api/requests/" + reference + "/resend";
    String corrected = "foi.requests@homeoffice.gov.uk";
    assertThat(http.withBasicAuth(Requesters.B, Requesters.PASSWORD).postForEntity(resend, Map.of("authorityEmail", corrected), String.class)
        .getStatusCode().value()).as("not B's request").isEqualTo(404);
    ResponseEntity<String> bad = a.postForEntity(resend, Map.of("authorityEmail", "foi requests at home office"), String.class);
    assertThat(bad.getStatusCode().value()).isEqualTo(400);
    assertThat(bad.getBody()).contains("is not a valid email address").doesNotContain("Exception");
    ResponseEntity<String> queued = a.postForEntity(resend, Map.of("authorityEmail", corrected), String.class);
    assertThat(queued.getStatusCode().value()).as(queued.getBody()).isEqualTo(200);
    runDueJobs(request);

    MimeMessage again = inbox(corrected, corrected).stream().filter(m -> subject(m).contains(reference)).findFirst().orElseThrow();
    assertThat(again.getReplyTo()).extracting(r -> ((InternetAddress) r).getAddress()).containsExactly(addresses.address(reference));
    assertThat(outbox.forReference(reference)).filteredOn(m -> m.kind() == MailKind.REQUEST_LETTER)
        .extracting(OutboxMessage::recipient, OutboxMessage::status)
        .containsExactly(tuple("foirequests@homeoffice.gov.uk", OutboxMessage.Status.SENT), tuple(corrected, OutboxMessage.Status.SENT));
    assertThat(variable(request, RequestVariables.AUTHORITY_EMAIL.name())).isEqualTo(corrected);
    assertThat(json.readTree(a.getForObject("/api/requests/" + reference, String.class)).get("deliveryFailed").asBoolean()).isFalse();

    // Once per bounce: the requester cannot send the authority copy after copy.
    ResponseEntity<String> twice = a.postForEntity(resend, Map.of("authorityEmail", corrected), String.class);
    assertThat(twice.getStatusCode().value()).isEqualTo(400);
    assertThat(twice.getBody()).contains("no email to the authority has bounced");

    // A request FOI Flow did not email has no letter to send again, even after a bounce (of another email).
    ProcessInstance elsewhere = fileAs(Requesters.A, Map.of());
    runtimeService.setVariable(elsewhere.getId(), RequestVariables.DELIVERY_FAILED.name(), true);
    ResponseEntity<String> none = a.postForEntity("/api/requests/" + elsewhere.getBusinessKey() + "/resend",
        Map.of("authorityEmail", corrected), String.class);
    assertThat(none.getStatusCode().value()).isEqualTo(400);
    assertThat(none.getBody()).contains("no letter to send again");
  }

  @Test
  void withImapIdleAReplyArrivesWithinSecondsWithoutWaitingForAPoll() throws Exception {
    today(LocalDate.of(2036, 3, 5));
    ProcessInstance request = fileRequest(Map.of());
    String reference = request.getBusinessKey();
    // Renewed every second here (every 9 minutes in use): a reply also arrives across renewals.
    InboxIdling idling = new InboxIdling(mailbox, Duration.ofSeconds(1));
    idling.start();
    try {
      waitUntil(idling::watching, "IDLE is on");
      Thread.sleep(2_500);
      long sent = System.nanoTime();
      send(Corpus.message("01-plain-reply.eml", values(reference)), addresses.address(reference));
      waitUntil(() -> !replies.forReference(reference).isEmpty(), "the reply is kept");
      assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(5));
      assertThat(mailbox.readUnseen().read()).as("read and flagged by the IDLE worker").isZero();
    } finally {
      idling.stop();
    }
    assertThat(idling.watching()).isFalse();
  }

  /** Waits up to 10 seconds: far less than a poll's minute. */
  private static void waitUntil(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!done.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not within 10 seconds: " + what);
      }
      Thread.sleep(50);
    }
  }

  private ProcessInstance fileAs(String user, Map<String, Object> changes) {
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(user, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(changes));
    } finally {
      identityService.clearAuthentication();
    }
  }

  private Map<String, String> values(String reference) {
    return Map.of("REFERENCE", reference, "REPLY_ADDRESS", addresses.address(reference), "TAMPERED_ADDRESS", "x@example.org",
        "LETTER_MESSAGE_ID", "<none@example.org>", "UNIQUE", UUID.randomUUID().toString());
  }

  private void send(byte[] raw, String to) throws Exception {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", MailCatcher.HOST);
    properties.put("mail.smtp.port", String.valueOf(catcher.port()));
    Session session = Session.getInstance(properties);
    MimeMessage message = new MimeMessage(session, new ByteArrayInputStream(raw));
    Transport.send(message, new InternetAddress[] {new InternetAddress(to)});
  }

  private List<MimeMessage> inbox(String user, String password) throws Exception {
    Store store = Session.getInstance(new Properties()).getStore("imap");
    store.connect(MailCatcher.HOST, catcher.openMailbox(settings.address()).imapPort(), user, password);
    Folder folder = store.getFolder("INBOX");
    folder.open(Folder.READ_ONLY);
    Message[] messages = folder.getMessages();
    List<MimeMessage> copies = Arrays.stream(messages).map(m -> {
      try {
        return new MimeMessage((MimeMessage) m);
      } catch (jakarta.mail.MessagingException e) {
        throw new IllegalStateException(e);
      }
    }).toList();
    folder.close(false);
    store.close();
    return copies;
  }

  private static String subject(MimeMessage message) {
    try {
      return String.valueOf(message.getSubject());
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
