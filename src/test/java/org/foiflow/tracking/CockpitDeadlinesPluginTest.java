package org.foiflow.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Cockpit 7.24 imports `{app-root}/app/cockpit/scripts/config.js`, then each `customScripts`
 * entry from `{app-root}/app/cockpit/<entry>.js`, as ES modules (so they must be served as
 * JavaScript). app-root is /camunda with the starter's default webapp path.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class CockpitDeadlinesPluginTest {

  static final String CONFIG = "/camunda/app/cockpit/scripts/config.js";
  static final String PLUGIN = "/camunda/app/cockpit/foi-deadlines/plugin.js";

  @Autowired TestRestTemplate http;

  @Test
  void cockpitLoadsOurConfigWhichNamesThePlugin() {
    ResponseEntity<String> config = http.getForEntity(CONFIG + "?bust=1", String.class);
    assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(config.getHeaders().getContentType()).hasToString("text/javascript");
    assertThat(config.getBody()).contains("customScripts: ['foi-deadlines/plugin']");
  }

  @Test
  void thePluginModuleIsServedWhereCockpitImportsIt() {
    ResponseEntity<String> plugin = http.getForEntity(PLUGIN + "?bust=7.24.0", String.class);
    assertThat(plugin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(plugin.getHeaders().getContentType()).hasToString("text/javascript");
    assertThat(plugin.getBody())
        .contains("export default")
        .contains("pluginPoint: 'cockpit.dashboard'")
        .contains("render: (node")
        .contains("'/api/requests/deadlines'")
        .contains("'#/process-instance/'")
        .contains("'/requests/' + encodeURIComponent(request.reference");
  }

  @Test
  void thePluginNeverParsesDataAsHtml() {
    String plugin = http.getForObject(PLUGIN, String.class);
    assertThat(plugin).doesNotContain("innerHTML").doesNotContain("insertAdjacentHTML").doesNotContain("outerHTML");
  }
}
