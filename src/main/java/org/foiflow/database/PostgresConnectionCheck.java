package org.foiflow.database;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * With the `postgres` profile, stops the start-up before any bean is created when the
 * connection settings are missing from the environment. Spring Boot would otherwise hand the
 * literal "${SPRING_DATASOURCE_URL}" to the driver and fail much later, deep in Flyway's or
 * Camunda's start-up, with a message that does not name the variable.
 */
@Configuration(proxyBeanMethods = false)
@Profile("postgres")
public class PostgresConnectionCheck {

  static final List<String> REQUIRED =
      List.of("spring.datasource.url", "spring.datasource.username", "spring.datasource.password");

  @Bean
  static BeanFactoryPostProcessor requirePostgresConnectionSettings(Environment environment) {
    return beanFactory -> {
      for (String property : REQUIRED) {
        try {
          environment.getRequiredProperty(property);
        } catch (IllegalArgumentException | IllegalStateException missing) {
          throw new IllegalStateException(
              "The postgres profile needs SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and"
                  + " SPRING_DATASOURCE_PASSWORD in the environment ("
                  + property + "): " + missing.getMessage());
        }
      }
    };
  }
}
