package org.foiflow.security;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Browser security headers on everything FOI Flow serves itself: its pages, /api and the rest. */
@Configuration
public class SecurityHeaders {

  @Bean
  FilterRegistrationBean<SecurityHeadersFilter> foiSecurityHeaders() {
    var registration = new FilterRegistrationBean<>(new SecurityHeadersFilter());
    registration.setName("foiflow-security-headers");
    registration.addUrlPatterns("/*");
    // First, so that refusals by later filters (401, 403) carry the headers too.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }
}
