package org.foiflow.inbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.mail.MailCatcher;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Replies through real mail protocols: sent over SMTP to the built-in catcher at the request's
 * reply address, read over its IMAP; and a crash between keeping and flagging loses nothing.
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
