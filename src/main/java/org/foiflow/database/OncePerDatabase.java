package org.foiflow.database;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.stereotype.Component;

/**
 * Runs a start-up step once per database, such as filling in what an upgrade adds for the data
 * already there: Camunda's property table records the step's name once it has run, so later
 * starts (and the other nodes of a cluster) skip it.
 */
@Component
public class OncePerDatabase {

  private final ManagementService managementService;

  OncePerDatabase(ManagementService managementService) {
    this.managementService = managementService;
  }

  public void run(String name, Runnable step) {
    if (managementService.getProperties().containsKey(name)) {
      return;
    }
    step.run();
    managementService.setProperty(name, "true");
  }
}
