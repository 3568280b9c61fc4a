package org.foiflow.engine;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.foiflow.database.JobLocks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * This node's name in Camunda's job table: the job executor locks jobs under it. Camunda's default
 * is a random name per start, so a node that died and came back found its own jobs locked by a
 * stranger and waited for the locks to expire (the lock time, 35 minutes) before sending a single email. With a
 * name that stays the same across restarts ({@code foiflow.node-id}, else host name and port), the
 * node releases its previous run's locks once the engine is built, before the job executor starts
 * (the starter starts it later, when the process application has started). Other nodes' locks are
 * left alone: those nodes may be alive.
 */
@Component
class NodeIdentity extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(NodeIdentity.class);

  private final String nodeId;
  private final JobLocks jobLocks;

  NodeIdentity(@Value("${foiflow.node-id:}") String configured, @Value("${server.port:8080}") int port, JobLocks jobLocks) {
    this.nodeId = configured.isBlank() ? hostName() + ":" + port : configured.strip();
    this.jobLocks = jobLocks;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    configuration.getJobExecutor().setLockOwner(nodeId);
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    int released = jobLocks.releaseHeldBy(nodeId);
    LOG.info("This node is {} in the job table; released {} jobs its previous run had locked", nodeId, released);
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
