package org.foiflow.requestpage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Tasklist 7.24 imports {@code /camunda/app/tasklist/scripts/config.js}, then each
 * {@code customScripts} entry as an ES module: FOI Flow's day-first dates and authority
 * suggestions (RequesterViewInTheBrowserTest shows them at work).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class TasklistScriptsTest {

  @Autowired TestRestTemplate http;

  @Test
  void tasklistLoadsOurConfigWhichNamesTheScriptsAndKeepsTheShortcuts() {
    ResponseEntity<String> config = http.getForEntity("/camunda/app/tasklist/scripts/config.js?bust=1", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getHeaders().getContentType()).hasToString("text/javascript");
    assertThat(config.getBody())
        .contains("customScripts: ['foi-day-first/plugin', 'foi-authorities/plugin']")
        .contains("startProcess: { key: 'ctrl+alt+p'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"foi-day-first", "foi-authorities"})
  void eachScriptIsAModuleThatNeverParsesDataAsHtml(String script) {
    ResponseEntity<String> module = http.getForEntity("/camunda/app/tasklist/" + script + "/plugin.js?bust=7.24.0", String.class);
    assertThat(module.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(module.getHeaders().getContentType()).hasToString("text/javascript");
    assertThat(module.getBody()).contains("export default []").doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML");
  }
}
