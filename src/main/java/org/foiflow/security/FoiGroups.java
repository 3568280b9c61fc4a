package org.foiflow.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.TrackingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The two groups of FOI Flow users, created at start-up when missing, with their group-level
 * grants. Requesters see only their own requests: what they may read of a request is granted per
 * request by {@link RequesterGrants}. Editors see and work on everything. Grants are made only
 * with the group, so an administrator's later changes in Camunda Admin survive restarts.
 */
@Component
public class FoiGroups {

  public static final String REQUESTERS = "foi-requesters";
  public static final String EDITORS = "foi-editors";
  private static final Logger LOG = LoggerFactory.getLogger(FoiGroups.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final TrackingProperties tracking;

  public FoiGroups(
      IdentityService identityService,
      AuthorizationService authorizationService,
      TrackingProperties tracking) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.tracking = tracking;
  }

  public void createMissingGroups() {
    if (create(Groups.CAMUNDA_ADMIN, "Camunda administrators", Groups.GROUP_TYPE_SYSTEM)) {
      for (Resource resource : Resources.values()) {
        grant(Groups.CAMUNDA_ADMIN, resource, Authorization.ANY, Permissions.ALL);
      }
    }
    if (create(EDITORS, "FOI editors", Groups.GROUP_TYPE_WORKFLOW)) {
      for (Resource resource :
          List.of(Resources.PROCESS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.TASK,
              Resources.HISTORIC_PROCESS_INSTANCE, Resources.HISTORIC_TASK)) {
        grant(EDITORS, resource, Authorization.ANY, Permissions.ALL);
      }
      grant(EDITORS, Resources.DEPLOYMENT, Authorization.ANY, Permissions.READ);
      grant(EDITORS, Resources.DECISION_DEFINITION, Authorization.ANY, Permissions.READ);
      grant(EDITORS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(EDITORS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }
    if (create(REQUESTERS, "FOI requesters", Groups.GROUP_TYPE_WORKFLOW)) {
      grant(REQUESTERS, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
      grant(REQUESTERS, Resources.PROCESS_DEFINITION, tracking.requestProcessKey(),
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
      // Tasklist shows the diagram of a review or complaint task; these cannot be started.
      for (String key : tracking.processKeys()) {
        if (!key.equals(tracking.requestProcessKey())) {
          grant(REQUESTERS, Resources.PROCESS_DEFINITION, key, Permissions.READ);
        }
      }
      grant(REQUESTERS, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }
    // Added with batch requests (issue 18), so also for a group created by an earlier version.
    if (authorizationService.createAuthorizationQuery()
            .groupIdIn(REQUESTERS).resourceType(Resources.PROCESS_DEFINITION).resourceId(ProcessContract.BATCH_PROCESS)
            .count() == 0) {
      grant(REQUESTERS, Resources.PROCESS_DEFINITION, ProcessContract.BATCH_PROCESS,
          Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
  }

  /** True when the group was missing and has been created now. */
  private boolean create(String groupId, String name, String type) {
    if (identityService.createGroupQuery().groupId(groupId).count() > 0) {
      return false;
    }
    Group group = identityService.newGroup(groupId);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
    LOG.info("Created group '{}' with its grants", groupId);
    return true;
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId(groupId);
    grant.setResource(resource);
    grant.setResourceId(resourceId);
    for (Permission permission : permissions) {
      grant.addPermission(permission);
    }
    authorizationService.saveAuthorization(grant);
  }
}
