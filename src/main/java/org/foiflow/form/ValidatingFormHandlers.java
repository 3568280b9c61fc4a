package org.foiflow.form;

import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.foiflow.request.Today;

/**
 * Wraps the engine's own form handlers so that a submission is checked before anything is
 * started or completed. A failed check throws {@link FormFieldValidationException}, which the
 * REST API and Tasklist report as 400 with the message; the transaction is rolled back.
 */
final class ValidatingFormHandlers {

  private ValidatingFormHandlers() {}

  static void validate(FormRules rules, VariableMap submitted, Map<String, Object> known, Today today) {
    SubmittedForm form = new SubmittedForm(submitted, known, today.date());
    rules.check(form);
    if (!form.problems().isEmpty()) {
      throw new FormFieldValidationException(rules.formId(), String.join("; ", form.problems()));
    }
  }

  record Start(StartFormHandler engineHandler, FormRules rules, Today today) implements StartFormHandler {
    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
      return engineHandler.createStartFormData(processDefinition);
    }

    @Override
    public void parseConfiguration(
        Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      validate(rules, properties, Map.of(), today);
      engineHandler.submitFormVariables(properties, variableScope);
    }
  }

  record Task(TaskFormHandler engineHandler, FormRules rules, Today today) implements TaskFormHandler {
    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return engineHandler.createTaskForm(task);
    }

    @Override
    public void parseConfiguration(
        Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      validate(rules, properties, variableScope.getVariables(), today);
      engineHandler.submitFormVariables(properties, variableScope);
    }
  }
}
