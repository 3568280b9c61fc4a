package org.foiflow.security;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The Camunda webapps as a requester meets them: Cockpit and Admin answer with a page saying what
 * to do instead, and Tasklist and Welcome leave out the banner about migrating to Camunda 8.
 */
@Configuration
public class RequesterWebapps {

  @Bean
  FilterRegistrationBean<NotForYouFilter> notForYou(ProcessEngine processEngine) {
    var registration = new FilterRegistrationBean<>(new NotForYouFilter(processEngine));
    registration.setName("foiflow-not-for-you");
    registration.addUrlPatterns("/camunda/app/cockpit/*", "/camunda/app/admin/*");
    return registration;
  }

  @Bean
  FilterRegistrationBean<EndOfLifeBannerFilter> endOfLifeBanner(ProcessEngine processEngine) {
    var registration = new FilterRegistrationBean<>(new EndOfLifeBannerFilter(processEngine));
    registration.setName("foiflow-end-of-life-banner");
    registration.addUrlPatterns(EndOfLifeBannerFilter.USER_STYLES);
    return registration;
  }
}
