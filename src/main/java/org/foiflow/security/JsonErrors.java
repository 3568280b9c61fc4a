package org.foiflow.security;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every error FOI Flow, Tomcat or Camunda's REST API answers is JSON with a one-line message (the
 * Camunda webapps under /camunda keep their own): see {@link JsonErrorController} for Spring's
 * /error, and the pieces registered here for what does not pass through it.
 */
@Configuration
public class JsonErrors {

  @Bean
  FilterRegistrationBean<ErrorBodyFilter> foiErrorBodies() {
    var registration = new FilterRegistrationBean<>(new ErrorBodyFilter());
    registration.setName("foiflow-error-bodies");
    registration.addUrlPatterns("/*");
    // Outside the login filters, whose bare 401 it fills in.
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    return registration;
  }

  @Bean
  FilterRegistrationBean<FormRefusalMessages> foiFormRefusalMessages() {
    var registration = new FilterRegistrationBean<>(new FormRefusalMessages());
    registration.setName("foiflow-form-refusal-messages");
    // Both doors a form is submitted by: /engine-rest and the API Tasklist calls under /camunda.
    registration.addUrlPatterns("/*");
    return registration;
  }

  @Bean
  WebServerFactoryCustomizer<TomcatServletWebServerFactory> jsonTomcatErrorReports() {
    // Added after Spring Boot's own (HTML) report valve, so it runs first and answers.
    return factory -> factory.addContextCustomizers(
        context -> context.getParent().getPipeline().addValve(new JsonErrorReportValve()));
  }

  @Bean
  ResourceConfigCustomizer engineRestServerErrorsInOneLine() {
    return config -> config.register(EngineRestServerErrors.class);
  }
}
