package org.foiflow.engine;

import java.util.HashSet;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.foiflow.contract.Today;
import org.foiflow.form.FormFields;
import org.foiflow.form.FormRules;
import org.foiflow.form.LongText;
import org.foiflow.form.SubmittedForm;
import org.foiflow.input.SentValue;

/**
 * Wraps the engine's own form handlers so that a submission is checked before anything is
 * started or completed. A failed check throws {@link FormFieldValidationException}, which the
 * REST API and Tasklist report as 400 with the message; the transaction is rolled back.
 */
final class ValidatingFormHandlers {

  private ValidatingFormHandlers() {}

  /**
   * Checks a submission against the form's rules, then lets the engine's handler store it, with
   * long texts stored whole ({@link LongText}).
   */
  private abstract static class Validating<H extends FormHandler> implements FormHandler {
    final H engineHandler;
    private final FormRules rules;
    private final Set<String> fields;
    private final Set<String> readOnly;
    private final Today today;

    Validating(H engineHandler, FormRules rules, Today today) {
      this.engineHandler = engineHandler;
      this.rules = rules;
      Set<String> fields = new HashSet<>(FormFields.of(rules.formId()));
      fields.addAll(rules.extraFields());
      this.fields = Set.copyOf(fields);
      this.readOnly = FormFields.readOnly(rules.formId());
      this.today = today;
    }

    @Override
    public void parseConfiguration(
        Element activityElement, DeploymentEntity deployment, ProcessDefinitionEntity processDefinition, BpmnParse bpmnParse) {
      engineHandler.parseConfiguration(activityElement, deployment, processDefinition, bpmnParse);
    }

    /** The scope is the new process instance (nothing known yet) or the task's (the request so far). */
    @Override
    public void submitFormVariables(VariableMap properties, VariableScope variableScope) {
      // A read-only field shows what the process set; what comes back under its key is not the form's to store.
      readOnly.forEach(properties::remove);
      SubmittedForm form = new SubmittedForm(properties, variableScope.getVariables(), today.date());
      for (String name : properties.keySet()) {
        if (!fields.contains(name)) {
          form.problem(SentValue.quoted(name), "not a field of this form; FOI Flow sets it or does not use it");
        } else if (plainText(properties.getValueTyped(name)) instanceof String text && text.length() > MAX_TEXT) {
          // The forms' own limits are at most this; a field without one is bounded here.
          form.problem(name, "too long (" + text.length() + " characters, at most " + MAX_TEXT + ")");
        }
      }
      if (!form.problems().isEmpty()) {
        // Unknown variables first and alone: the rules would read them as if the form had sent them.
        throw new FormFieldValidationException(rules.formId(), String.join("; ", form.problems()));
      }
      rules.check(form);
      if (!form.problems().isEmpty()) {
        throw new FormFieldValidationException(rules.formId(), form.summary());
      }
      LongText.keepWhole(properties);
      engineHandler.submitFormVariables(properties, variableScope);
    }
  }

  /** The longest text any form field takes (a request's text, a response's notes). */
  static final int MAX_TEXT = 20_000;

  /** The value as sent, without parsing a Json or object value (FigureRules bounds those first). */
  private static Object plainText(TypedValue value) {
    return value == null || value instanceof SerializableValue ? null : value.getValue();
  }

  static final class Start extends Validating<StartFormHandler> implements StartFormHandler {
    Start(StartFormHandler engineHandler, FormRules rules, Today today) {
      super(engineHandler, rules, today);
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity processDefinition) {
      return engineHandler.createStartFormData(processDefinition);
    }
  }

  static final class Task extends Validating<TaskFormHandler> implements TaskFormHandler {
    Task(TaskFormHandler engineHandler, FormRules rules, Today today) {
      super(engineHandler, rules, today);
    }

    @Override
    public TaskFormData createTaskForm(TaskEntity task) {
      return engineHandler.createTaskForm(task);
    }
  }
}
