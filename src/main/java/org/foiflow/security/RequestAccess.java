package org.foiflow.security;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.TrackingProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the caller of /api may see of FOI Flow's own tables (figures, outbox), which Camunda's
 * authorizations do not cover: the rows of the requests whose process instance the engine lets
 * the caller read. Editors and administrators see everything.
 */
@Service
public class RequestAccess {

  private final IdentityService identityService;
  private final HistoryService historyService;
  private final RuntimeService runtimeService;
  private final AuthorizationService authorizationService;
  private final boolean authorizationEnabled;
  private final String requestProcessKey;

  public RequestAccess(ProcessEngine engine, TrackingProperties tracking) {
    this.identityService = engine.getIdentityService();
    this.historyService = engine.getHistoryService();
    this.runtimeService = engine.getRuntimeService();
    this.authorizationService = engine.getAuthorizationService();
    this.authorizationEnabled = engine.getProcessEngineConfiguration().isAuthorizationEnabled();
    this.requestProcessKey = tracking.requestProcessKey();
  }

  /** The user calling /api (ApiAuthenticationFilter made them the engine's authenticated user). */
  public Optional<String> callerId() {
    Authentication caller = identityService.getCurrentAuthentication();
    return Optional.ofNullable(caller).map(Authentication::getUserId);
  }

  /** No authentication is engine-internal use: /api always has one (ApiAuthenticationFilter). */
  public boolean seesEverything() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null) {
      return true;
    }
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(FoiGroups.EDITORS) || groups.contains(Groups.CAMUNDA_ADMIN);
  }

  /** 403 for anyone but editors and administrators. */
  public void requireEditor() {
    if (!seesEverything()) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only FOI editors and administrators may see this");
    }
  }

  /** 403 for anyone but administrators (camunda-admin). */
  public void requireAdministrator() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller != null && (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN))) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "only administrators may change this");
    }
  }

  /**
   * The request instances the caller may read, for SQL the engine's authorizations do not cover:
   * empty when they may read every request (authorizations off, an administrator, or a grant on
   * all process instances or on all instances of the request process, as editors have), so that
   * no list of ids is needed; else the ids the engine lets them read (a requester's own).
   */
  public Optional<Collection<String>> readableRequestIds() {
    Authentication caller = identityService.getCurrentAuthentication();
    if (caller == null || !authorizationEnabled || readsEveryRequest(caller)) {
      return Optional.empty();
    }
    return Optional.of(
        runtimeService.createProcessInstanceQuery().processDefinitionKey(requestProcessKey).list().stream()
            .map(ProcessInstance::getId)
            .toList());
  }

  private boolean readsEveryRequest(Authentication caller) {
    List<String> groups = caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
    return groups.contains(Groups.CAMUNDA_ADMIN)
        || authorizationService.isUserAuthorized(caller.getUserId(), groups, Permissions.READ, Resources.PROCESS_INSTANCE)
        || authorizationService.isUserAuthorized(
            caller.getUserId(), groups, ProcessDefinitionPermissions.READ_INSTANCE, Resources.PROCESS_DEFINITION,
            requestProcessKey);
  }

  /** The items whose request reference the caller may read. */
  public <T> List<T> onlyReadable(List<T> items, Function<T, String> reference) {
    if (seesEverything() || items.isEmpty()) {
      return items;
    }
    Set<String> readable = readableReferences();
    return items.stream().filter(item -> readable.contains(reference.apply(item))).toList();
  }

  /**
   * Which requests the caller may read, decided now under their authentication (their own
   * requests, or every one for editors and administrators), to be asked later.
   */
  public Predicate<String> readableNow() {
    if (seesEverything()) {
      return reference -> true;
    }
    Set<String> readable = readableReferences();
    return readable::contains;
  }

  /**
   * Runs {@code work} as FOI Flow itself, without the caller's authentication, for work the caller
   * causes but may not do in the engine themselves (a requester's upload tells a request that a
   * reply arrived); check what they may do first, with {@link #readableNow()}.
   */
  public <T> T asFoiFlow(Supplier<T> work) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return work.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  /** Asked under the caller's authentication, so the engine applies their grants, open or closed. */
  private Set<String> readableReferences() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(requestProcessKey).list().stream()
        .map(HistoricProcessInstance::getBusinessKey)
        .filter(Objects::nonNull)
        .collect(Collectors.toSet());
  }
}
