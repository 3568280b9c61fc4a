package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.foiflow.figures.Figure;
import org.foiflow.figures.FigureStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Authority names, figure notes and request text come from users and authorities. The APIs hand
 * them back as JSON data, unchanged, and the pages put them in with textContent only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class UntrustedTextTest {

  static final String SCRIPT = "<script>alert(1)</script>";
  static final String IMG = "<img src=x onerror=alert(1)>";
  /** Ways of parsing text as HTML in the browser; none of them may appear in our pages' scripts. */
  static final Pattern HTML_SINKS =
      Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\.html\\(|srcdoc|eval\\(|new Function");

  @Autowired TestRestTemplate http;
  @Autowired FigureStore figures;
  @Autowired ObjectMapper json;

  @Test
  void figuresComeBackAsJsonDataUnchanged() throws IOException {
    String metric = "Script payloads " + UUID.randomUUID();
    figures.add(
        List.of(new Figure("FOI-2026-9990", SCRIPT, metric, BigDecimal.ONE, "payloads", LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31), new ArrayList<>(), IMG, "1", IMG, LocalDate.of(2026, 1, 2))),
        OffsetDateTime.now());

    ResponseEntity<String> response = admin().getForEntity("/api/figures?metric={m}", String.class, metric);
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    JsonNode figure = json.readTree(response.getBody()).get(0);
    assertThat(figure.get("authority").asText()).isEqualTo(SCRIPT);
    assertThat(figure.get("notes").asText()).isEqualTo(IMG);
    assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

    ResponseEntity<String> csv = admin().getForEntity("/api/figures.csv?metric={m}", String.class, metric);
    assertThat(csv.getHeaders().getContentType().isCompatibleWith(MediaType.parseMediaType("text/csv"))).isTrue();
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment");
  }

  @Test
  void anImportedAuthorityNameComesBackAsJsonDataUnchanged() throws IOException {
    String name = SCRIPT + " " + UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
    String csv = "name,foi_email,default_regime\n\"" + name + "\",foi@payload.example,UK_FOIA\n";
    ResponseEntity<String> imported =
        admin().exchange("/api/authorities/import", HttpMethod.POST, new HttpEntity<>(csv, headers), String.class);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);

    ResponseEntity<String> found = admin().getForEntity("/api/authorities?q={q}", String.class, name);
    assertThat(found.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(json.readTree(found.getBody()).get(0).get("name").asText()).isEqualTo(name);
  }

  @Test
  void thePagesScriptsNeverParseDataAsHtml() throws IOException {
    var resolver = new PathMatchingResourcePatternResolver();
    List<Resource> scripts = new ArrayList<>();
    scripts.addAll(List.of(resolver.getResources("classpath*:static/**/*.js")));
    scripts.addAll(List.of(resolver.getResources("classpath*:META-INF/resources/webjars/camunda/app/cockpit/foi-deadlines/*.js")));
    assertThat(scripts).extracting(Resource::getFilename)
        .contains("figures.js", "stats.js", "page.js", "mail.js", "plugin.js");
    for (Resource script : scripts) {
      String source = script.getContentAsString(StandardCharsets.UTF_8);
      assertThat(HTML_SINKS.matcher(source).find()).as(script.getFilename() + " parses text as HTML").isFalse();
    }
    for (String name : List.of("page.js", "mail.js", "plugin.js")) {
      assertThat(scripts).filteredOn(s -> name.equals(s.getFilename()))
          .allSatisfy(s -> assertThat(s.getContentAsString(StandardCharsets.UTF_8)).contains(".textContent ="));
    }
  }

  private TestRestTemplate admin() {
    return http.withBasicAuth("admin", "Test-Owner-Secret-1");
  }
}
