package org.foiflow.holiday;

import jakarta.el.ELProcessor;
import java.util.Date;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.foiflow.reminder.DeadlineMoments;
import org.springframework.stereotype.Component;

/**
 * Moves a waiting task and its process's pending timers to the moments their own BPMN expressions
 * give for the variables as they are now ({@code camunda:dueDate}, {@code camunda:followUpDate},
 * a timer's {@code timeDate}, e.g. {@code ${moments.reminder('RESPONSE_DUE', statutoryDueDate,
 * regime)}}): the diagrams stay the one place that says when each reminder fires. The expressions
 * are evaluated with Jakarta EL on the {@code moments} bean and the variables, the two things they
 * use.
 */
@Component
class ModelledMoments {

  private final RepositoryService repository;
  private final TaskService tasks;
  private final ManagementService management;
  private final DeadlineMoments moments;

  ModelledMoments(RepositoryService repository, TaskService tasks, ManagementService management, DeadlineMoments moments) {
    this.repository = repository;
    this.tasks = tasks;
    this.management = management;
    this.moments = moments;
  }

  /** Due and follow-up dates of the task, from its diagram's expressions. */
  void moveTask(Task task, Map<String, Object> variables) {
    UserTask model = model(task.getProcessDefinitionId()).getModelElementById(task.getTaskDefinitionKey());
    task.setDueDate(evaluate(model.getCamundaDueDate(), variables));
    task.setFollowUpDate(evaluate(model.getCamundaFollowUpDate(), variables));
    tasks.saveTask(task);
  }

  /** Every pending timer of the process instance whose expression now gives another moment. */
  void moveTimers(String processInstanceId, String processDefinitionId, Map<String, Object> variables) {
    BpmnModelInstance model = model(processDefinitionId);
    // One query for the definition's timers, not one per pending job.
    Map<String, String> activityOfJobDefinition =
        management.createJobDefinitionQuery().processDefinitionId(processDefinitionId).list().stream()
            .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
      String activity = activityOfJobDefinition.get(job.getJobDefinitionId());
      if (activity != null && model.getModelElementById(activity) instanceof CatchEvent event) {
        for (TimerEventDefinition timer : event.getChildElementsByType(TimerEventDefinition.class)) {
          if (timer.getTimeDate() != null) {
            Date moment = evaluate(timer.getTimeDate().getTextContent(), variables);
            if (moment != null && !Objects.equals(moment, job.getDuedate())) {
              management.setJobDuedate(job.getId(), moment);
            }
          }
        }
      }
    }
  }

  private BpmnModelInstance model(String processDefinitionId) {
    return repository.getBpmnModelInstance(processDefinitionId);
  }

  private Date evaluate(String expression, Map<String, Object> variables) {
    if (expression == null || expression.isBlank()) {
      return null;
    }
    String body = expression.strip();
    if (!body.startsWith("${") || !body.endsWith("}")) {
      throw new IllegalStateException("not an expression: " + expression);
    }
    ELProcessor el = new ELProcessor();
    variables.forEach(
        (name, value) -> {
          if (value != null) {
            el.defineBean(name, value);
          }
        });
    el.defineBean("moments", moments);
    return (Date) el.eval(body.substring(2, body.length() - 1));
  }
}
