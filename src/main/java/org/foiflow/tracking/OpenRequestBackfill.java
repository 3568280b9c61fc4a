package org.foiflow.tracking;

import org.foiflow.database.OncePerDatabase;
import org.springframework.stereotype.Component;

/**
 * Requests already open when the open_request table arrived have no row: the first start of this
 * version lists them (68 s at 100,000 open requests on H2, 2 minutes on PostgreSQL;
 * docs/benchmarks.md). Later starts skip the scan of the runtime tables.
 */
@Component
public class OpenRequestBackfill {

  static final String DONE = "foiflow.open-requests-listed";

  private final OncePerDatabase oncePerDatabase;
  private final OpenRequestRegister register;

  OpenRequestBackfill(OncePerDatabase oncePerDatabase, OpenRequestRegister register) {
    this.oncePerDatabase = oncePerDatabase;
    this.register = register;
  }

  public void listRequestsOpenBeforeThisVersion() {
    oncePerDatabase.run(DONE, register::reconcile);
  }
}
