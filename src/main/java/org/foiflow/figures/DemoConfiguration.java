package org.foiflow.figures;

import java.util.List;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.foiflow.contract.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;

/** {@code --spring.profiles.active=demo}: files the example requests at start-up. */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(DemoConfiguration.class);

  private final ObjectProvider<DemoRequests> demo;

  DemoConfiguration(ObjectProvider<DemoRequests> demo) {
    this.demo = demo;
  }

  @Bean
  DemoRequests demoRequests(
      RepositoryService repositoryService, FormService formService, TaskService taskService,
      HistoryService historyService, IdentityService identityService, Today today) {
    return new DemoRequests(repositoryService, formService, taskService, historyService, identityService, today);
  }

  /**
   * Once the application is ready: the processes are deployed and the authority directory, which
   * fills in the FOI addresses, is loaded.
   */
  @EventListener(ApplicationReadyEvent.class)
  public void fileDemoRequests() {
    List<String> filed = demo.getObject().fileMissing();
    LOG.info("Demo profile: filed {} example request(s) {}", filed.size(), filed);
  }
}
