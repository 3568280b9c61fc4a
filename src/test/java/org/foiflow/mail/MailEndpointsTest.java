package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailEndpointsTest {

  @Autowired TestRestTemplate http;
  @Autowired MailCatcher catcher;

  @Test
  void theOutboxAndTheCaughtEmailsNeedALogin() {
    assertThat(http.getForEntity("/api/mail/outbox", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(http.getForEntity("/api/mail/caught", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    var admin = http.withBasicAuth("admin", "Test-Owner-Secret-1");
    var outbox = admin.getForEntity("/api/mail/outbox", String.class);
    assertThat(outbox.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(outbox.getBody()).startsWith("[");
    var caught = admin.getForEntity("/api/mail/caught", String.class);
    assertThat(caught.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(caught.getBody()).startsWith("[");
  }

  @Test
  void caughtEmailsAreNewestFirstBySentTime() throws Exception {
    String subject = "Order " + UUID.randomUUID();
    Session smtp = Session.getInstance(props());
    for (int day : new int[] {2, 1, 3}) {
      MimeMessage message = new MimeMessage(smtp);
      message.setFrom("foiflow@localhost");
      message.setRecipients(Message.RecipientType.TO, "someone@example.org");
      message.setSubject(subject + " day " + day);
      message.setSentDate(Date.from(LocalDate.of(2038, 1, day).atStartOfDay(ZoneOffset.UTC).toInstant()));
      message.setText("Sent on day " + day);
      Transport.send(message);
    }
    JsonNode caught = http.withBasicAuth("admin", "Test-Owner-Secret-1").getForObject("/api/mail/caught", JsonNode.class);
    List<String> subjects = new ArrayList<>();
    caught.forEach(mail -> {
      if (mail.path("subject").asText().startsWith(subject)) {
        subjects.add(mail.path("subject").asText());
      }
    });
    assertThat(subjects).containsExactly(subject + " day 3", subject + " day 2", subject + " day 1");
  }

  private Properties props() {
    Properties props = new Properties();
    props.put("mail.smtp.host", "127.0.0.1");
    props.put("mail.smtp.port", String.valueOf(catcher.port()));
    return props;
  }

  @Test
  void thePagesAreServedAndInsertDataAsTextOnly() {
    for (String page : new String[] {"/mail/outbox.html", "/mail/caught.html"}) {
      var response = http.getForEntity(page, String.class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      assertThat(response.getBody()).doesNotContain("innerHTML");
      // Each page's rows come from a script file of its own (no inline script: the CSP refuses it).
      String rows = http.getForEntity(page.replace(".html", ".js"), String.class).getBody();
      assertThat(rows).contains("/api/mail/").doesNotContain("innerHTML");
    }
    String script = http.getForEntity("/mail/mail.js", String.class).getBody();
    assertThat(script).contains("textContent").contains("fetchJson").doesNotContain("innerHTML");
    // The shared page script fetches the JSON and, without a login, says where to log in.
    String shared = http.getForEntity("/js/page.js", String.class).getBody();
    assertThat(shared).contains("textContent").contains("log in to Tasklist").doesNotContain("innerHTML");
    // Send now posts with the session's CSRF token, which came with the outbox's JSON.
    assertThat(http.getForEntity("/mail/outbox.js", String.class).getBody()).contains("Send now").contains("/send");
    assertThat(shared).contains("'X-XSRF-TOKEN': csrfToken").contains("response.headers.get('X-XSRF-TOKEN')");
  }
}
