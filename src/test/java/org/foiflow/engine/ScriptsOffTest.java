package org.foiflow.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** ScriptsOff replaces the engine's ScriptingEngines: a Camunda upgrade that changes it fails here. */
class ScriptsOffTest {

  @Test
  void theEngineHasNoScriptEngineToRunAScriptWithAnyway() {
    var engines = new ScriptsOff.NoScriptingEngines();
    for (String language : List.of("juel", "javascript", "groovy", "python")) {
      assertThatThrownBy(() -> engines.getScriptEngineForLanguage(language))
          .hasMessageContaining("Scripts are turned off");
    }
  }
}
