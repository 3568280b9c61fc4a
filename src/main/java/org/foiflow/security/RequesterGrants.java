package org.foiflow.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start listener of foi-request and of the review and complaint processes it calls: lets the
 * requester who filed the request read that process instance and its history (Tasklist, Cockpit,
 * /engine-rest, /api). Tasks need nothing here: each is assigned to the initiator, and Camunda
 * grants an assignee its task. The initiator reaches called processes with their variables.
 *
 * <p>Runs as engine code: Camunda checks no authorizations for delegates and listeners
 * (authorizationEnabledForCustomCode is false), so a requester need not be allowed to grant.
 * Runtime grants go when the instance ends; history grants stay with the history.
 */
@Component("requesterGrants")
public class RequesterGrants implements ExecutionListener {

  static final String INITIATOR = "initiator";

  private final AuthorizationService authorizationService;

  public RequesterGrants(AuthorizationService authorizationService) {
    this.authorizationService = authorizationService;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!(execution.getVariable(INITIATOR) instanceof String requester) || requester.isBlank()) {
      return; // filed without a logged-in user (demo data, engine tests): nobody to grant
    }
    grantRunning(requester, execution.getProcessInstanceId());
    grantHistory(requester, execution.getProcessInstanceId());
  }

  void grantRunning(String requester, String instanceId) {
    grant(requester, Resources.PROCESS_INSTANCE, instanceId, Permissions.READ);
  }

  void grantHistory(String requester, String instanceId) {
    // History has its own permission enum; Permissions.READ is refused for it.
    grant(requester, Resources.HISTORIC_PROCESS_INSTANCE, instanceId, HistoricProcessInstancePermissions.READ);
  }

  private void grant(String userId, Resource resource, String instanceId, Permission permission) {
    Authorization grant = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setUserId(userId);
    grant.setResource(resource);
    grant.setResourceId(instanceId);
    grant.addPermission(permission);
    authorizationService.saveAuthorization(grant);
  }
}
