package org.foiflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.foiflow.tracking.OpenRequestRegister;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link OpenRequestRegister}'s table current from Camunda's history event stream, which
 * passes every change of a command to this handler besides the engine's own history tables: a
 * task created, updated (its due date), completed or deleted in a request or its called
 * sub-processes, a request started or ended, its statutoryDueDate or status set. The requests touched are
 * collected per command and worked out again just before the transaction commits, once the engine
 * has written the change, so the table never disagrees with the runtime tables.
 *
 * <p>Needs history level audit or above (application.yaml sets full): below it the engine
 * produces no variable or task events.
 */
@Component
class OpenRequestChanges extends AbstractProcessEnginePlugin implements HistoryEventHandler {

  private final OpenRequestRegister register;

  OpenRequestChanges(OpenRequestRegister register) {
    this.register = register;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(this);
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    configuration.getCustomSessionFactories().add(new ChangedRequestsFactory());
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    if (movesADeadline(event) && register.tracks(event.getProcessDefinitionKey())) {
      Context.getCommandContext().getSession(ChangedRequests.class).add(event.getRootProcessInstanceId());
    }
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::handleEvent);
  }

  private static boolean movesADeadline(HistoryEvent event) {
    return event instanceof HistoricTaskInstanceEventEntity
        || event instanceof HistoricProcessInstanceEventEntity
        || (event instanceof HistoricVariableUpdateEventEntity variable
            && OpenRequestRegister.LISTED_VARIABLES.contains(variable.getVariableName()));
  }

  /** The requests one command changed; opened by the engine on the first change of the command. */
  private final class ChangedRequests implements Session {

    private final Set<String> requestIds = new LinkedHashSet<>();

    ChangedRequests(CommandContext command) {
      command.getTransactionContext().addTransactionListener(TransactionState.COMMITTING, committing -> refresh());
    }

    void add(String requestId) {
      if (requestId != null) {
        requestIds.add(requestId);
      }
    }

    private void refresh() {
      requestIds.forEach(register::refresh);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  private final class ChangedRequestsFactory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return ChangedRequests.class;
    }

    @Override
    public Session openSession() {
      return new ChangedRequests(Context.getCommandContext());
    }
  }
}
