package org.foiflow.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.foiflow.contract.Today;
import org.foiflow.form.FormRules;
import org.springframework.stereotype.Component;

/**
 * Hooks {@link FormRules} into the engine: while a diagram is parsed, the form handler of every
 * start event and user task whose {@code camunda:formRef} has rules is wrapped by a validating
 * one. Submissions through Tasklist and through {@code /engine-rest/.../submit-form} both pass it.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final Map<String, FormRules> rulesByFormId;
  private final Today today;

  public FormValidationPlugin(List<FormRules> rules, Today today) {
    this.rulesByFormId = rules.stream().collect(Collectors.toMap(FormRules::formId, Function.identity()));
    this.today = today;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(parseListener());
  }

  private BpmnParseListener parseListener() {
    return new AbstractBpmnParseListener() {
      // Called once the whole process is parsed, so the engine's start form handler exists.
      @Override
      public void parseProcess(Element process, ProcessDefinitionEntity definition) {
        for (Element startEvent : process.elements("startEvent")) {
          FormRules rules = rulesFor(startEvent);
          if (rules != null && definition.getStartFormHandler() != null) {
            definition.setStartFormHandler(
                new ValidatingFormHandlers.Start(definition.getStartFormHandler(), rules, today));
          }
        }
      }

      @Override
      public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        FormRules rules = rulesFor(userTask);
        if (rules != null && activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          TaskDefinition task = behavior.getTaskDefinition();
          task.setTaskFormHandler(new ValidatingFormHandlers.Task(task.getTaskFormHandler(), rules, today));
        }
      }
    };
  }

  private FormRules rulesFor(Element element) {
    String formRef = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef");
    return formRef == null ? null : rulesByFormId.get(formRef);
  }
}
