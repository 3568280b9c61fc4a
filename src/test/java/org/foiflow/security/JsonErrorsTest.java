package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Every error answer is JSON with a one-line message, whatever the caller accepts. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class JsonErrorsTest {

  private static final String ADMIN_PASSWORD = "Test-Owner-Secret-1";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired ResourceConfig engineRest;
  @LocalServerPort int port;

  @Test
  void unknownPathsAre404JsonEvenForABrowser() {
    for (String path : List.of("/nope", "/api/nope", "/figures/nope.html", "/engine-rest/nope", "/camunda/nope")) {
      ResponseEntity<String> response = asAdmin(HttpMethod.GET, path, MediaType.TEXT_HTML);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
      assertOneLineJson(response, path);
    }
    assertThat(asAdmin(HttpMethod.GET, "/nope", MediaType.TEXT_HTML).getBody()).isEqualTo("{\"error\":\"not found\"}");
  }

  @Test
  void aFormRefusedInTasklistReadsWithoutTheEnginesWords() {
    WebappSession tasklist = WebappSession.cockpit(http, "admin", ADMIN_PASSWORD);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.add(HttpHeaders.COOKIE, tasklist.cookie() + "; XSRF-TOKEN=" + tasklist.csrfToken());
    headers.add("X-XSRF-TOKEN", tasklist.csrfToken());
    String form = "{\"variables\": {\"requesterEmail\": {\"value\": \"alice-at-example\"}}}";
    ResponseEntity<String> refused = http.postForEntity(
        "/camunda/api/engine/engine/default/process-definition/key/foi-request/submit-form",
        new HttpEntity<>(form, headers), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("\"message\":\"").contains("not a valid email address")
        .doesNotContain("Cannot instantiate").doesNotContain("foi-request:");
  }

  @Test
  void aBodyThatIsNotCamundasErrorIsLeftAlone() {
    var messages = new FormRefusalMessages();
    assertThat(messages.withoutEnginePrefix("not json".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(messages.withoutEnginePrefix("{\"message\":\"Subject is required\"}".getBytes(StandardCharsets.UTF_8))).isNull();
    assertThat(new String(messages.withoutEnginePrefix(
            "{\"type\":\"RestException\",\"message\":\"Cannot submit task form 6f1c-aa: Subject is required\"}".getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8)).isEqualTo("{\"type\":\"RestException\",\"message\":\"Subject is required\"}");
  }

  @Test
  void errorAskedForDirectlyIsANotFound() {
    ResponseEntity<String> response = http.getForEntity("/error", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getBody()).isEqualTo("{\"error\":\"not found\"}");
  }

  @Test
  void refusalsAreJson() {
    for (String path : List.of("/api/requests/deadlines", "/engine-rest/task")) {
      ResponseEntity<String> response = exchange(HttpMethod.GET, path, MediaType.TEXT_HTML, null);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
      assertOneLineJson(response, path);
    }
    Requesters.ensure(identityService);
    ResponseEntity<String> forbidden =
        exchange(HttpMethod.GET, "/api/mail/outbox", MediaType.TEXT_HTML, Requesters.A);
    assertThat(forbidden.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertOneLineJson(forbidden, "requester at the outbox");
  }

  @Test
  void aWrongMethodIs405Json() {
    for (String path : List.of("/api/deadlines", "/api/requests/deadlines", "/engine-rest/process-definition")) {
      ResponseEntity<String> response = asAdmin(HttpMethod.DELETE, path, MediaType.TEXT_HTML);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
      assertOneLineJson(response, path);
    }
  }

  @Test
  void aUrlTomcatCannotParseIs400Json() throws IOException {
    for (String path : List.of("/%", "/api/%zz", "/engine-rest/%ff")) {
      String answer = rawGet(path);
      assertThat(answer).as(path).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/json");
      assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).as(path).isEqualTo("{\"error\":\"bad request\"}");
    }
  }

  @Test
  void engineRestServerErrorsAreOneLineJson() {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth("admin", ADMIN_PASSWORD);
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> response = http.exchange(
        "/engine-rest/process-instance/nope/modification", HttpMethod.POST,
        new HttpEntity<>("{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"x\"}]}", headers),
        String.class);
    assertThat(response.getStatusCode().is5xxServerError()).isTrue();
    assertOneLineJson(response, "engine REST 500");
  }

  @Test
  void engineRestServerErrorsKeepTheFirstLineOfTheirMessage() {
    assertThat(engineRest.isRegistered(EngineRestServerErrors.class)).isTrue();
    assertThat(EngineRestServerErrors.oneLine("ENGINE-1 Something failed\n  caused by: inner detail\n  at a.B.c"))
        .isEqualTo("ENGINE-1 Something failed");
    assertThat(EngineRestServerErrors.oneLine("x".repeat(1000))).hasSize(EngineRestServerErrors.LONGEST_MESSAGE + 1);
  }

  private ResponseEntity<String> asAdmin(HttpMethod method, String path, MediaType accept) {
    return exchange(method, path, accept, "admin");
  }

  private ResponseEntity<String> exchange(HttpMethod method, String path, MediaType accept, String user) {
    HttpHeaders headers = new HttpHeaders();
    headers.setAccept(List.of(accept));
    if (user != null) {
      headers.setBasicAuth(user, user.equals("admin") ? ADMIN_PASSWORD : Requesters.PASSWORD);
    }
    return http.exchange(path, method, new HttpEntity<>(headers), String.class);
  }

  /** A request line as sent, without any client's URL checks in the way. */
  private String rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.getOutputStream().write(
          ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void assertOneLineJson(ResponseEntity<String> response, String what) {
    assertThat(response.getHeaders().getContentType()).as(what).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).as(what).isTrue();
    assertThat(response.getBody()).as(what).startsWith("{").endsWith("}").doesNotContain("\n")
        .doesNotContain("Exception:").doesNotContain("\tat ").doesNotContain("<html");
  }
}
