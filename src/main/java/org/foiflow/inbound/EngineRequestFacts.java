package org.foiflow.inbound;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * Requests as the engine's history knows them, open or closed, and the outbox's Message-IDs.
 * Asked without the caller's authentication (see {@link Ingestion}): matching looks at every request.
 */
@Component
class EngineRequestFacts implements RequestFacts {

  private final HistoryService history;
  private final Outbox outbox;

  EngineRequestFacts(HistoryService history, Outbox outbox) {
    this.history = history;
    this.outbox = outbox;
  }

  @Override
  public Optional<String> authorityEmail(String reference) {
    return request(reference).map(instance -> {
      HistoricVariableInstance email = history.createHistoricVariableInstanceQuery()
          .processInstanceId(instance.getId()).variableName(RequestVariables.AUTHORITY_EMAIL.name()).singleResult();
      return email == null || email.getValue() == null ? "" : email.getValue().toString();
    });
  }

  @Override
  public Optional<String> sentWithMessageId(String messageId) {
    return OutboxMessage.idIn(messageId)
        .flatMap(outbox::find)
        .filter(sent -> sent.messageId().equals(messageId.strip()))
        .map(OutboxMessage::reference);
  }

  Optional<HistoricProcessInstance> request(String reference) {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProcessContract.REQUEST_PROCESS)
        .processInstanceBusinessKey(reference)
        .list().stream().findFirst();
  }
}
