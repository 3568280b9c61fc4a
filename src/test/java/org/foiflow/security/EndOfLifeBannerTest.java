package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist's and Welcome's user stylesheet hides Camunda's "migrate to Camunda 8" banner from
 * requesters, editors and the login page, and keeps it for administrators.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EndOfLifeBannerTest {

  private static final String HIDDEN = ".ce-eol-banner { display: none !important; }";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
  }

  @ParameterizedTest
  @CsvSource({
    "requester-a, tasklist, true",
    "requester-a, welcome, true",
    "editor, tasklist, true",
    "admin, tasklist, false",
    "admin, welcome, false",
    "'', tasklist, true"
  })
  void theBannerIsHiddenFromAnyoneButAdministrators(String user, String app, boolean hidden) {
    HttpHeaders headers = new HttpHeaders();
    if (!user.isEmpty()) {
      ResponseEntity<String> login = WebappSession.login(http, "tasklist", user,
          user.equals(EngineApi.ADMIN) ? EngineApi.ADMIN_PASSWORD : Requesters.PASSWORD);
      assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
      headers.add(HttpHeaders.COOKIE, WebappSession.sessionCookie(login));
    }

    ResponseEntity<String> styles = http.exchange(
        "/camunda/app/" + app + "/styles/user-styles.css", HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(styles.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(styles.getHeaders().getContentType().toString()).startsWith("text/css");
    assertThat(styles.getHeaders().getCacheControl()).isEqualTo("no-store");
    if (hidden) {
      assertThat(styles.getBody()).contains(HIDDEN);
      assertThat(styles.getHeaders().getContentLength()).isEqualTo(styles.getBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    } else {
      assertThat(styles.getBody()).doesNotContain("ce-eol-banner");
    }
  }
}
