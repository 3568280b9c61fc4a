package org.foiflow.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class PostgresConnectionCheckTest {

  // As in application-postgres.yaml.
  private final ApplicationContextRunner postgresProfile =
      new ApplicationContextRunner()
          .withInitializer(context -> context.getEnvironment().setActiveProfiles("postgres"))
          .withUserConfiguration(PostgresConnectionCheck.class)
          .withPropertyValues(
              "spring.datasource.url=${SPRING_DATASOURCE_URL}",
              "spring.datasource.username=${SPRING_DATASOURCE_USERNAME}",
              "spring.datasource.password=${SPRING_DATASOURCE_PASSWORD}");

  @Test
  void aMissingUrlStopsTheStartUpNamingTheVariable() {
    assumeTrue(System.getenv("SPRING_DATASOURCE_URL") == null, "SPRING_DATASOURCE_URL is set here");
    postgresProfile.run(
        context ->
            assertThat(context)
                .getFailure()
                .hasMessageContaining("postgres profile needs SPRING_DATASOURCE_URL")
                .hasMessageContaining("Could not resolve placeholder 'SPRING_DATASOURCE_URL'"));
  }

  @Test
  void startsWhenTheEnvironmentGivesTheConnection() {
    postgresProfile
        .withSystemProperties(
            "SPRING_DATASOURCE_URL=jdbc:postgresql://db.example.org/foiflow",
            "SPRING_DATASOURCE_USERNAME=foiflow",
            "SPRING_DATASOURCE_PASSWORD=secret")
        .run(context -> assertThat(context).hasNotFailed());
  }
}
