package org.foiflow.tracking;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Requests already open when the open_request table arrived have no row: the first start of this
 * version lists them (about 20 s at 100,000 open requests on H2, docs/benchmarks.md). Camunda's
 * property table records that it ran, so later starts skip the scan of the runtime tables.
 */
@Component
class OpenRequestBackfill {

  static final String DONE = "foiflow.open-requests-listed";

  private final ManagementService managementService;
  private final OpenRequestRegister register;

  OpenRequestBackfill(ManagementService managementService, OpenRequestRegister register) {
    this.managementService = managementService;
    this.register = register;
  }

  @EventListener(PostDeployEvent.class)
  void listRequestsOpenBeforeThisVersion() {
    if (managementService.getProperties().containsKey(DONE)) {
      return;
    }
    register.reconcile();
    managementService.setProperty(DONE, "true");
  }
}
