package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A browser's Camunda webapp login: the session cookie and the session's CSRF token. */
public record WebappSession(String cookie, String csrfToken) {

  /** Logs in to {@code app} the way its login page does; the status is the login's answer. */
  static ResponseEntity<String> login(TestRestTemplate http, String app, String username, String password) {
    ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
    String session = sessionCookie(page);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.add(HttpHeaders.COOKIE, session + "; XSRF-TOKEN=" + token);
    headers.add("X-XSRF-TOKEN", token);
    var form = new LinkedMultiValueMap<String, String>();
    form.add("username", username);
    form.add("password", password);
    return http.postForEntity(
        "/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(form, headers), String.class);
  }

  /** Logs in to Cockpit and reads the (possibly renewed) session's token as Cockpit does. */
  public static WebappSession cockpit(TestRestTemplate http, String username, String password) {
    ResponseEntity<String> login = login(http, "cockpit", username, password);
    assertThat(login.getStatusCode()).as(login.getBody()).isEqualTo(HttpStatus.OK);
    String cookie = sessionCookie(login);
    HttpHeaders headers = new HttpHeaders();
    headers.add(HttpHeaders.COOKIE, cookie);
    ResponseEntity<String> page =
        http.exchange("/camunda/app/cockpit/default/", HttpMethod.GET, new HttpEntity<>(headers), String.class);
    String token = page.getHeaders().getFirst("X-XSRF-TOKEN");
    assertThat(token).isNotBlank();
    return new WebappSession(cookie, token);
  }

  static String sessionCookie(ResponseEntity<?> response) {
    List<String> cookies = response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of());
    return cookies.stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .map(c -> c.substring(0, c.indexOf(';') > 0 ? c.indexOf(';') : c.length()))
        .findFirst()
        .orElse(null);
  }
}
