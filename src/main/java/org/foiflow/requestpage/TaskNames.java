package org.foiflow.requestpage;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.foiflow.contract.RequestVariables;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tasklist cards name the request: each new task of a request is renamed "Record the
 * authority's response: FOI-2026-0042 Home Office, Tip-offs from MPs". The starter's task
 * eventing (camunda.bpm.eventing.task) hands every task event to Spring; this runs on creation,
 * in the engine's transaction, so the task is stored with its full name. The diagrams keep the
 * plain names.
 */
@Component
class TaskNames {

  /** The engine's column for a task's name holds 255 characters. */
  static final int MAX_LENGTH = 255;

  @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_CREATE + "'")
  public void name(DelegateTask task) {
    String reference = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
    task.setName(
        of(task.getName(), reference, RequestVariables.AUTHORITY_NAME.get(task), RequestVariables.SUBJECT.get(task)));
  }

  /** The task's name as the diagram has it, without the request {@link #of} added. */
  static String plain(String name, String reference) {
    int request = name == null || reference == null ? -1 : name.indexOf(": " + reference);
    return request < 0 ? name : name.substring(0, request);
  }

  /** The task's name followed by the request it belongs to; unchanged outside a request. */
  static String of(String taskName, String reference, String authority, String subject) {
    if (taskName == null || reference == null || taskName.contains(reference)) {
      return taskName;
    }
    StringBuilder name = new StringBuilder(taskName).append(": ").append(reference);
    if (authority != null && !authority.isBlank()) {
      name.append(' ').append(authority.strip());
    }
    if (subject != null && !subject.isBlank()) {
      name.append(", ").append(subject.strip());
    }
    return name.length() <= MAX_LENGTH ? name.toString() : name.substring(0, MAX_LENGTH - 1) + "…";
  }
}
