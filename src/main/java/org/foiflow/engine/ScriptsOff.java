package org.foiflow.engine;

import java.util.ArrayList;
import java.util.List;
import javax.script.ScriptEngine;
import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.scripting.engine.DefaultScriptEngineResolver;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptBindingsFactory;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptingEngines;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * No scripts run in FOI Flow's engine unless an administrator turns them on
 * ({@code foiflow.engine.scripts-enabled}). FOI Flow's own diagrams and decision table use none;
 * a script (JUEL, JavaScript, Groovy...) in a diagram deployed later would run code inside the
 * server. Two locks: a diagram with a script is refused when it is deployed, and the engine has
 * no script engine to run one anyway (decision tables in a script language included).
 */
@Component
class ScriptsOff extends AbstractProcessEnginePlugin {

  static final String REFUSAL =
      "Scripts are turned off in FOI Flow (foiflow.engine.scripts-enabled); this diagram has one";

  private final boolean scriptsEnabled;

  ScriptsOff(@Value("${foiflow.engine.scripts-enabled:false}") boolean scriptsEnabled) {
    this.scriptsEnabled = scriptsEnabled;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (scriptsEnabled) {
      return;
    }
    // Camunda creates its own script engines only when none are set; this one has none to give.
    configuration.setScriptingEngines(new NoScriptingEngines());
    if (configuration.getCustomPreBPMNParseListeners() == null) {
      configuration.setCustomPreBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPreBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        if (hasScript(process)) {
          // A parse error, not a crash: the deployment is refused with 400 and this message.
          throw new BpmnParseException(REFUSAL, process);
        }
      }
    });
  }

  static boolean hasScript(Element element) {
    String tag = element.getTagName();
    // A script task, a camunda:script (listeners, input/output) or a condition in a script language.
    if (tag.equals("scriptTask") || tag.equals("script") || element.attribute("language") != null) {
      return true;
    }
    List<Element> children = element.elements();
    return children.stream().anyMatch(ScriptsOff::hasScript);
  }

  /** Script engines that refuse every language, in diagrams and decision tables alike. */
  static final class NoScriptingEngines extends ScriptingEngines {
    NoScriptingEngines() {
      super(new ScriptBindingsFactory(List.of()), new DefaultScriptEngineResolver(new javax.script.ScriptEngineManager()));
    }

    @Override
    public ScriptEngine getScriptEngineForLanguage(String language) {
      throw new ProcessEngineException("Scripts are turned off in FOI Flow (foiflow.engine.scripts-enabled): no " + language);
    }
  }
}
