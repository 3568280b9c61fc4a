package org.foiflow.security;

import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.database.OncePerDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Requests filed before authorizations were switched on have no per-request grant: their
 * requesters would no longer see them. Once per database, at the first start of a version with
 * {@link RequesterGrants}, this grants every request's initiator what the start listener grants
 * today ({@link OncePerDatabase}: later starts skip the scan).
 */
@Component
public class RequesterGrantsBackfill {

  static final String DONE = "foiflow.requester-grants-backfilled";
  private static final Logger LOG = LoggerFactory.getLogger(RequesterGrantsBackfill.class);

  private final OncePerDatabase oncePerDatabase;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final AuthorizationService authorizationService;
  private final RequesterGrants grants;

  RequesterGrantsBackfill(
      OncePerDatabase oncePerDatabase,
      HistoryService historyService,
      RuntimeService runtimeService,
      AuthorizationService authorizationService,
      RequesterGrants grants) {
    this.oncePerDatabase = oncePerDatabase;
    this.historyService = historyService;
    this.runtimeService = runtimeService;
    this.authorizationService = authorizationService;
    this.grants = grants;
  }

  public void grantRequestsFiledBeforeAuthorizations() {
    oncePerDatabase.run(DONE, this::grantMissing);
  }

  private void grantMissing() {
    Set<String> running = runtimeService.createProcessInstanceQuery().list().stream()
        .map(ProcessInstance::getId).collect(Collectors.toSet());
    Set<String> runtimeGranted = grantedInstances(Resources.PROCESS_INSTANCE);
    Set<String> historyGranted = grantedInstances(Resources.HISTORIC_PROCESS_INSTANCE);
    int added = 0;
    for (HistoricVariableInstance initiator :
        historyService.createHistoricVariableInstanceQuery().variableName(RequesterGrants.INITIATOR).list()) {
      if (!(initiator.getValue() instanceof String requester) || requester.isBlank()) {
        continue;
      }
      String instanceId = initiator.getProcessInstanceId();
      if (running.contains(instanceId) && !runtimeGranted.contains(instanceId)) {
        grants.grantRunning(requester, instanceId);
        added++;
      }
      if (!historyGranted.contains(instanceId)) {
        grants.grantHistory(requester, instanceId);
        added++;
      }
    }
    LOG.info("Requests filed before authorizations: {} grants added for their requesters", added);
  }

  private Set<String> grantedInstances(Resource resource) {
    return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
        .resourceType(resource).list().stream()
        .map(Authorization::getResourceId).collect(Collectors.toSet());
  }
}
