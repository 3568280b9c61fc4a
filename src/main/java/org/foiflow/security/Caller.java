package org.foiflow.security;

import java.util.List;
import org.camunda.bpm.engine.authorization.Groups;

/**
 * Who is calling /api or the engine REST API, and how they logged in.
 *
 * @param bySession logged in through a Camunda webapp, so a browser may send the call on its own
 *     (cross-site request forgery); false for HTTP Basic, a script's own credentials
 */
record Caller(String userId, List<String> groupIds, List<String> tenantIds, boolean bySession) {

  boolean isAdministrator() {
    return groupIds.contains(Groups.CAMUNDA_ADMIN);
  }

  boolean isEditor() {
    return groupIds.contains(FoiGroups.EDITORS);
  }
}
