package org.foiflow.requestpage;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.contract.TrackingProperties;
import org.foiflow.input.InvalidParameter;
import org.foiflow.tracking.DeadlinePage;
import org.springframework.stereotype.Service;

/**
 * The requests the caller may read, open and closed, filtered and in response due date order, a
 * page at a time. Camunda's history query applies the caller's authorizations (a requester's own
 * requests; editors all) and the filters; it cannot sort by a variable, so the due dates of the
 * matching requests are read and sorted here, at most {@value #MAX_MATCHING} of them per call.
 */
@Service
class RequestList {

  static final int MAX_MATCHING = 10_000;
  private static final List<ProcessVariable<?>> DUE = List.of(
      RequestVariables.STATUTORY_DUE_DATE, RequestVariables.EXTENDED_DUE_DATE);
  private static final List<ProcessVariable<?>> LISTED = List.of(
      RequestVariables.SUBJECT, RequestVariables.AUTHORITY_NAME, RequestVariables.REGIME,
      RequestVariables.STATUS, RequestVariables.REQUESTER_NAME, RequestVariables.BATCH_REFERENCE);

  private final HistoryService history;
  private final Today today;
  private final String requestKey;

  RequestList(HistoryService history, Today today, TrackingProperties tracking) {
    this.history = history;
    this.today = today;
    this.requestKey = tracking.requestProcessKey();
  }

  record Page(List<RequestSummary> requests, long total) {}

  Page page(RequestFilter filter, DeadlinePage page) {
    var query = filter.narrow(history.createHistoricProcessInstanceQuery().processDefinitionKey(requestKey));
    long total = query.count();
    if (total > MAX_MATCHING) {
      throw new InvalidParameter(
          total + " requests match, more than " + MAX_MATCHING + " can be sorted at once: narrow them with status, authority, regime or text");
    }
    List<HistoricProcessInstance> matching = query.list();
    Map<String, Map<String, Object>> due =
        RequestVariablesRead.byInstance(history, matching.stream().map(HistoricProcessInstance::getId).toList(), DUE);
    List<HistoricProcessInstance> slice =
        matching.stream()
            .sorted(
                Comparator.comparing(
                        (HistoricProcessInstance request) -> dueDate(due.get(request.getId())),
                        Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(request -> String.valueOf(request.getBusinessKey()))
                    .thenComparing(HistoricProcessInstance::getId))
            .skip(page.firstResult())
            .limit(page.maxResults())
            .toList();
    Map<String, Map<String, Object>> listed =
        RequestVariablesRead.byInstance(history, slice.stream().map(HistoricProcessInstance::getId).toList(), LISTED);
    LocalDate date = today.date();
    return new Page(
        slice.stream()
            .map(request -> summary(request, listed.getOrDefault(request.getId(), Map.of()), dueDate(due.get(request.getId())), date))
            .toList(),
        total);
  }

  /** The response due date in force: the extended one when the authority extended it. */
  static LocalDate dueDate(Map<String, Object> variables) {
    if (variables == null) {
      return null;
    }
    LocalDate extended = RequestVariables.EXTENDED_DUE_DATE.in(variables);
    return extended != null ? extended : RequestVariables.STATUTORY_DUE_DATE.in(variables);
  }

  private static RequestSummary summary(
      HistoricProcessInstance request, Map<String, Object> variables, LocalDate due, LocalDate today) {
    boolean open = request.getEndTime() == null;
    RequestStatus status = RequestStatus.of(RequestVariables.STATUS.in(variables), open, due, today);
    return new RequestSummary(
        request.getBusinessKey(),
        RequestVariables.SUBJECT.in(variables),
        RequestVariables.AUTHORITY_NAME.in(variables),
        Words.law(RequestVariables.REGIME.in(variables)),
        status.words(),
        status.code(),
        status.tone(),
        due,
        Words.date(due),
        RequestVariables.REQUESTER_NAME.in(variables),
        open,
        RequestVariables.BATCH_REFERENCE.in(variables));
  }
}
