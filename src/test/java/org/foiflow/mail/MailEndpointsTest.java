package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MailEndpointsTest {

  @Autowired TestRestTemplate http;

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
