package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SecurityHeadersTest {

  @Autowired TestRestTemplate http;

  @Test
  void foiFlowsPagesScriptsAndApiSendTheHeaders() {
    for (String path : List.of(
        "/figures/index.html", "/figures/stats.html", "/figures/figures.js", "/mail/outbox.html",
        "/mail/caught.html", "/js/page.js", "/api/deadlines?regime=UK_FOIA&received=2024-12-20")) {
      ResponseEntity<String> response = http.getForEntity(path, String.class);
      assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
      assertSecurityHeaders(response, path);
    }
  }

  @Test
  void refusalsAndErrorsSendThemToo() {
    ResponseEntity<String> refused = http.getForEntity("/api/requests/deadlines", String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertSecurityHeaders(refused, "/api refusal");
    ResponseEntity<String> missing = http.getForEntity("/figures/nope.html", String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertSecurityHeaders(missing, "missing page");
  }

  @Test
  void thePagesNeedNoInlineScript() throws Exception {
    for (String page : List.of("figures/index.html", "figures/stats.html", "mail/outbox.html", "mail/caught.html")) {
      String html;
      try (var in = getClass().getResourceAsStream("/static/" + page)) {
        html = StreamUtils.copyToString(in, StandardCharsets.UTF_8);
      }
      // Every <script> loads a file: the policy's script-src 'self' refuses inline ones.
      assertThat(Pattern.compile("<script\\b([^>]*)>").matcher(html).results().map(tag -> tag.group(1)))
          .as(page)
          .isNotEmpty()
          .allSatisfy(attributes -> assertThat(attributes).contains("src="));
      assertThat(html).as(page).doesNotContainPattern("\\son[a-z]+=");
    }
  }

  @Test
  void theCamundaWebappsKeepTheirOwnPolicy() {
    ResponseEntity<String> cockpit = http.getForEntity("/camunda/app/cockpit/default/", String.class);
    assertThat(cockpit.getStatusCode()).isEqualTo(HttpStatus.OK);
    List<String> policies = cockpit.getHeaders().getOrDefault("Content-Security-Policy", List.of());
    assertThat(policies).hasSize(1);
    assertThat(policies.get(0)).isNotEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(http.getForEntity("/camunda/app/cockpit/foi-deadlines/plugin.js", String.class).getHeaders()
            .getOrDefault("Content-Security-Policy", List.of()))
        .doesNotContain(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
  }

  private static void assertSecurityHeaders(ResponseEntity<String> response, String what) {
    HttpHeaders headers = response.getHeaders();
    assertThat(headers.get("Content-Security-Policy")).as(what).containsExactly(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
    assertThat(SecurityHeadersFilter.CONTENT_SECURITY_POLICY)
        .contains("frame-ancestors 'self'")
        .contains("script-src 'self';");
    assertThat(headers.getFirst("X-Frame-Options")).as(what).isEqualTo("SAMEORIGIN");
    assertThat(headers.get("X-Content-Type-Options")).as(what).containsExactly("nosniff");
  }
}
