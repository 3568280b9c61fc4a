package org.foiflow;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** FOI Flow: the Freedom of Information request lifecycle on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableProcessApplication("foi-flow")
public class FoiFlowApplication {

  public static void main(String[] args) {
    SpringApplication.run(FoiFlowApplication.class, args);
  }
}
