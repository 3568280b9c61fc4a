package org.foiflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** FOI Flow's own API (/api/*) needs a Cockpit/Tasklist login or Basic credentials. */
@Configuration
public class ApiAuthentication {

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> foiApiAuth(ProcessEngine processEngine) {
    // Built here rather than as a @Component: a Filter bean would also be mapped to /*.
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine));
    registration.setName("foiflow-api-auth");
    registration.addUrlPatterns("/api/*");
    return registration;
  }
}
