package org.foiflow.request;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The small pool {@link ReferenceNumbers} takes its numbers on, declared as a bean so that Spring
 * closes it and the actuator sees it. {@code defaultCandidate = false}: a second {@code DataSource}
 * that could be injected anywhere would make Spring Boot stop building the application's own pool.
 */
@Configuration(proxyBeanMethods = false)
class ReferenceNumbersPool {

  static final String NAME = "referenceNumbersDataSource";

  @Bean(name = NAME, defaultCandidate = false)
  HikariDataSource referenceNumbersDataSource(DataSourceProperties database, ObjectProvider<MeterRegistry> metrics) {
    HikariDataSource pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("reference-numbers");
    // Spring Boot binds metrics only to the pools it can inject as a DataSource: hikaricp.* with
    // pool=reference-numbers is registered here.
    metrics.ifAvailable(registry -> pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry)));
    // Each use is two statements and a commit: two connections keep up with many filings.
    pool.setMaximumPoolSize(2);
    pool.setMinimumIdle(0);
    return pool;
  }
}
