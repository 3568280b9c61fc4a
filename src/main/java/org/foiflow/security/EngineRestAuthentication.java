package org.foiflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.foiflow.contract.Withdrawals;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every door into the engine passes {@link EngineDoorFilter}: Camunda's REST API (which answers
 * 401 unless the caller logs in with HTTP Basic) and the APIs the Camunda webapps call with the
 * browser's session.
 */
@Configuration
public class EngineRestAuthentication {

  @Bean
  FilterRegistrationBean<EngineDoorFilter> engineDoors(ProcessEngine processEngine, Withdrawals withdrawal) {
    // Built here rather than as a @Component: a Filter bean would also be mapped to /*.
    var registration = new FilterRegistrationBean<>(new EngineDoorFilter(processEngine, withdrawal));
    registration.setName("foiflow-engine-doors");
    registration.addUrlPatterns(EngineDoorFilter.ENGINE_REST + "/*", EngineDoorFilter.WEBAPP_API + "/*");
    return registration;
  }
}
