package org.foiflow.deadline;

import java.io.InputStream;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.foiflow.contract.Regime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The regime table the clock uses: the latest deployed version of the decision
 * {@code statutory-deadlines}, so that a version deployed with Camunda Modeler, Cockpit or the
 * REST API takes effect for new calculations without a restart, on every node (each looks for a
 * newer version every {@code foiflow.deadlines.decision-refresh}, 30 s by default). Until the
 * engine has deployed one, and whenever a deployed version cannot be read, the last good table
 * stays in use (at first the shipped one).
 *
 * <p>Read in a background thread, not in a caller's: it has no engine login, so a requester's
 * lack of rights on decision definitions does not hide the table.
 */
@Component
public class DeployedRegimeTable {

  private static final Logger LOG = LoggerFactory.getLogger(DeployedRegimeTable.class);

  private final ObjectProvider<RepositoryService> repository;
  private volatile Map<Regime, RegimeRules> current =
      StatutoryClock.complete(StatutoryDeadlinesDecision.rulesForEveryRegime());
  private volatile String currentDefinitionId;

  // A provider: the engine is built after the clock (its plugins use the clock).
  DeployedRegimeTable(ObjectProvider<RepositoryService> repository) {
    this.repository = repository;
  }

  public Map<Regime, RegimeRules> current() {
    return current;
  }

  @EventListener(PostDeployEvent.class)
  @Scheduled(
      initialDelayString = "${foiflow.deadlines.decision-refresh:PT30S}",
      fixedDelayString = "${foiflow.deadlines.decision-refresh:PT30S}")
  public void refresh() {
    RepositoryService repositoryService = repository.getObject();
    DecisionDefinition latest =
        repositoryService.createDecisionDefinitionQuery()
            .decisionDefinitionKey(StatutoryDeadlinesDecision.DECISION_ID)
            .latestVersion()
            .singleResult();
    if (latest == null || latest.getId().equals(currentDefinitionId)) {
      return;
    }
    try (InputStream dmn = repositoryService.getDecisionModel(latest.getId())) {
      current = StatutoryClock.complete(StatutoryDeadlinesDecision.rulesForEveryRegime(dmn));
      currentDefinitionId = latest.getId();
      LOG.info("Statutory deadlines from decision {} version {}", latest.getKey(), latest.getVersion());
    } catch (Exception e) {
      currentDefinitionId = latest.getId(); // reported once, not every 30 s
      LOG.error("Statutory deadlines: version {} of {} cannot be used, the previous table stays: {}",
          latest.getVersion(), latest.getKey(), e.getMessage());
    }
  }
}
