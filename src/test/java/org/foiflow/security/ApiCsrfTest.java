package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * State-changing /api calls on the browser session need the session's CSRF token; Basic calls
 * (scripts) do not, unless a browser marks them as cross-site.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiCsrfTest {

  static final String IMPORT = "/api/authorities/import";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  WebappSession editor;

  @BeforeEach
  void editorLogsIn() {
    Requesters.ensure(identityService);
    editor = WebappSession.cockpit(http, Requesters.EDITOR, Requesters.PASSWORD);
  }

  @Test
  void aSessionPostWithoutTheTokenIsRefusedWith403AndStoresNothing() {
    String name = "CSRF Test " + UUID.randomUUID();
    ResponseEntity<String> refused = post(http, csv(name), editor.cookie(), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(refused.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(refused.getBody()).contains("X-XSRF-TOKEN");
    assertThat(search(name)).isEqualTo("[]");

    assertThat(post(http, csv(name), editor.cookie(), "not-the-token").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(search(name)).isEqualTo("[]");
  }

  @Test
  void aSessionPostWithTheSessionsTokenGoesThrough() {
    String name = "CSRF Test " + UUID.randomUUID();
    ResponseEntity<String> accepted = post(http, csv(name), editor.cookie(), editor.csrfToken());
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(search(name)).contains(name);
  }

  @Test
  void readingOnTheSessionNeedsNoToken() {
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, editor.cookie());
    assertThat(http.exchange("/api/authorities?q=police", HttpMethod.GET, new HttpEntity<>(headers), String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void aBasicScriptCallNeedsNoToken() {
    String name = "CSRF Test " + UUID.randomUUID();
    ResponseEntity<String> accepted = post(admin(), csv(name), null, null);
    assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(search(name)).contains(name);
  }

  @Test
  void aCrossSiteBrowserPostWithCachedBasicCredentialsIsRefused() {
    String name = "CSRF Test " + UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.TEXT_PLAIN);
    headers.add("Sec-Fetch-Site", "cross-site");
    ResponseEntity<String> refused =
        admin().exchange(IMPORT, HttpMethod.POST, new HttpEntity<>(csv(name), headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(search(name)).isEqualTo("[]");
  }

  @Test
  void requestersMayNotChangeTheDirectory() {
    String name = "CSRF Test " + UUID.randomUUID();
    TestRestTemplate requester = http.withBasicAuth(Requesters.A, Requesters.PASSWORD);
    assertThat(post(requester, csv(name), null, null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(search(name)).isEqualTo("[]");
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth("admin", "Test-Owner-Secret-1");
  }

  private String search(String name) {
    return admin().getForObject("/api/authorities?q={q}", String.class, name);
  }

  private static String csv(String name) {
    return "name,foi_email,default_regime\n" + name + ",foi@csrf.example,UK_FOIA\n";
  }

  private static ResponseEntity<String> post(TestRestTemplate client, String body, String cookie, String token) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    if (cookie != null) {
      headers.add(HttpHeaders.COOKIE, cookie);
    }
    if (token != null) {
      headers.add("X-XSRF-TOKEN", token);
    }
    return client.exchange(IMPORT, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
  }
}
