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
 * A requester logged in to Tasklist who opens Cockpit or Admin gets FOI Flow's 403 page, naming
 * what they can do instead; an editor still gets Cockpit, an administrator Admin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NotForYouTest {

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
  }

  @ParameterizedTest
  @CsvSource({
    "requester-a, /camunda/app/cockpit/default/, 403",
    "requester-a, /camunda/app/cockpit/, 403",
    "requester-a, /camunda/app/admin/default/, 403",
    "requester-a, /camunda/app/tasklist/default/, 200",
    "editor, /camunda/app/cockpit/default/, 200",
    "editor, /camunda/app/admin/default/, 403",
    "admin, /camunda/app/admin/default/, 200",
    "admin, /camunda/app/cockpit/default/, 200"
  })
  void aWebappAUserMayNotOpenAnswersWithFoiFlowsPage(String user, String page, int status) {
    ResponseEntity<String> login = WebappSession.login(http, "tasklist", user,
        user.equals(EngineApi.ADMIN) ? EngineApi.ADMIN_PASSWORD : Requesters.PASSWORD);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, WebappSession.sessionCookie(login));

    ResponseEntity<String> answer = http.exchange(page, HttpMethod.GET, new HttpEntity<>(headers), String.class);

    assertThat(answer.getStatusCode().value()).isEqualTo(status);
    if (status == 403) {
      assertThat(answer.getHeaders().getContentType()).hasToString("text/html;charset=UTF-8");
      assertThat(answer.getBody())
          .contains("This part of FOI Flow is not open to you", "href=\"/requests/\"", "href=\"/camunda/app/tasklist/\"")
          .doesNotContain("href=\"/camunda/app/cockpit");
    } else {
      assertThat(answer.getBody()).doesNotContain("not open to you");
    }
  }

  @ParameterizedTest
  @CsvSource({"/camunda/app/cockpit/default/", "/camunda/app/admin/default/"})
  void someoneNotLoggedInGetsCamundasLogin(String page) {
    assertThat(http.getForEntity(page, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }
}
