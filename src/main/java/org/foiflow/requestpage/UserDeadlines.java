package org.foiflow.requestpage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.Group;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.TrackingProperties;
import org.springframework.stereotype.Service;

/**
 * The open deadlines of the requests a user filed, for their calendar feed. The feed's address
 * has no login, so this runs as that user: the engine's authorizations still decide what is read.
 */
@Service
class UserDeadlines {

  /** A feed is read every few minutes by calendar apps: bounded, however many requests. */
  static final int MAX_REQUESTS = 500;

  private final HistoryService history;
  private final IdentityService identity;
  private final RequestDetails details;
  private final String requestKey;

  UserDeadlines(HistoryService history, IdentityService identity, RequestDetails details, TrackingProperties tracking) {
    this.history = history;
    this.identity = identity;
    this.details = details;
    this.requestKey = tracking.requestProcessKey();
  }

  List<CalendarFeed.Entry> of(String userId) {
    List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
    identity.setAuthentication(userId, groups);
    try {
      List<CalendarFeed.Entry> entries = new ArrayList<>();
      for (HistoricProcessInstance request :
          history.createHistoricProcessInstanceQuery().processDefinitionKey(requestKey).startedBy(userId).unfinished()
              .orderByProcessInstanceStartTime().desc().listPage(0, MAX_REQUESTS)) {
        Map<String, Object> variables = details.variables(request);
        for (OpenDeadline deadline :
            OpenDeadline.of(RequestVariables.STATUS.in(variables), variables, RequestList.dueDate(variables))) {
          entries.add(new CalendarFeed.Entry(
              request.getBusinessKey(),
              RequestVariables.AUTHORITY_NAME.in(variables),
              RequestVariables.SUBJECT.in(variables),
              deadline));
        }
      }
      return entries;
    } finally {
      identity.clearAuthentication();
    }
  }
}
