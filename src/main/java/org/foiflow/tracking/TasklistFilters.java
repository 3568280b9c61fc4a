package org.foiflow.tracking;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.TrackingProperties;
import org.foiflow.security.FoiGroups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The shared Tasklist filters for FOI work. Created at start-up only when no filter of that name
 * exists, so restarts don't duplicate them and an administrator's later edits survive.
 *
 * <p>The queries hold expressions, not dates: `${now()}` and `${currentUser()}` are evaluated each
 * time Tasklist runs the filter. "Due soon" relies on every FOI task's follow-up date being set by
 * the statutory clock to 5 working days before its due date.
 */
@Component
public class TasklistFilters {

  static final String MY_TASKS = "My FOI tasks";
  static final String DUE_SOON = "Due in the next 5 working days";
  static final String OVERDUE = "Overdue";
  /** Who may use the FOI filters: both FOI groups (administrators may use every filter). */
  private static final List<String> FILTER_GROUPS = List.of(FoiGroups.EDITORS, FoiGroups.REQUESTERS);

  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);
  /**
   * What a task's card shows under its name. Tasklist shows a variable's value as stored, so the
   * regime's code (UK_FOIA) and the ISO due date are left out: the card gives the due date in
   * words already, and the request's page (linked from every form) names the law.
   */
  private static final List<Map<String, String>> REQUEST_COLUMNS =
      List.of(Map.of("name", RequestVariables.AUTHORITY_NAME.name(), "label", "Authority"));

  private final FilterService filterService;
  private final TaskService taskService;
  private final AuthorizationService authorizationService;
  private final String[] processKeys;

  public TasklistFilters(
      FilterService filterService, TaskService taskService, AuthorizationService authorizationService,
      TrackingProperties properties) {
    this.filterService = filterService;
    this.authorizationService = authorizationService;
    this.taskService = taskService;
    this.processKeys = properties.processKeys().toArray(String[]::new);
  }

  public void createMissingFilters() {
    createIfMissing(
        MY_TASKS,
        10,
        "FOI tasks assigned to me, earliest deadline first",
        q -> q.taskAssigneeExpression("${currentUser()}"));
    createIfMissing(
        DUE_SOON,
        20,
        "FOI tasks whose statutory deadline falls within the next 5 working days",
        q -> q.followUpBeforeExpression("${now()}").dueAfterExpression("${now()}"));
    createIfMissing(
        OVERDUE,
        30,
        "FOI tasks past their statutory deadline",
        q -> q.dueBeforeExpression("${now()}"));
  }

  private void createIfMissing(
      String name, int priority, String description, UnaryOperator<TaskQuery> criteria) {
    if (filterService.createTaskFilterQuery().filterName(name).count() > 0) {
      return;
    }
    TaskQuery query =
        criteria.apply(taskService.createTaskQuery().processDefinitionKeyIn(processKeys))
            .orderByDueDate()
            .asc();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority); // Tasklist lists filters by ascending priority
    properties.put("variables", REQUEST_COLUMNS);
    Filter filter = filterService.newTaskFilter(name).setQuery(query).setProperties(properties);
    filterService.saveFilter(filter);
    // A grant names the group by id, so it does not need the group to exist yet.
    for (String group : FILTER_GROUPS) {
      Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(group);
      grant.setResource(Resources.FILTER);
      grant.setResourceId(filter.getId());
      grant.addPermission(Permissions.READ);
      authorizationService.saveAuthorization(grant);
    }
    LOG.info("Created Tasklist filter '{}'", name);
  }
}
