package org.foiflow;

import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.foiflow.admin.AdminAccount;
import org.foiflow.database.EngineIndexes;
import org.foiflow.inbound.InboxPolling;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.RequesterGrantsBackfill;
import org.foiflow.tracking.OpenRequestBackfill;
import org.foiflow.tracking.TasklistFilters;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What FOI Flow sets up once the engine has deployed its processes, step by step in this order.
 * Every step finds what an earlier start did and leaves it alone, so each start runs them all.
 */
@Component
class FirstStart {

  private final EngineIndexes indexes;
  private final TasklistFilters filters;
  private final FoiGroups groups;
  private final AdminAccount admin;
  private final RequesterGrantsBackfill requesterGrants;
  private final OpenRequestBackfill openRequests;
  private final ObjectProvider<InboxPolling> inbox;

  FirstStart(
      EngineIndexes indexes, TasklistFilters filters, FoiGroups groups, AdminAccount admin,
      RequesterGrantsBackfill requesterGrants, OpenRequestBackfill openRequests, ObjectProvider<InboxPolling> inbox) {
    this.indexes = indexes;
    this.filters = filters;
    this.groups = groups;
    this.admin = admin;
    this.requesterGrants = requesterGrants;
    this.openRequests = openRequests;
    this.inbox = inbox;
  }

  @EventListener(PostDeployEvent.class)
  void setUp() {
    indexes.createIfMissing(); // first: the later steps query what they index
    filters.createMissingFilters();
    groups.createMissingGroups(); // before the admin user joins camunda-admin
    admin.createAdminOnFirstStart();
    requesterGrants.grantRequestsFiledBeforeAuthorizations(); // needs the groups and the admin
    openRequests.listRequestsOpenBeforeThisVersion();
    // Last: a reply read now is correlated to a process that is deployed (none while tests read the mailbox themselves).
    inbox.ifAvailable(InboxPolling::startIdling);
  }
}
