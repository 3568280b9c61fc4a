package org.foiflow;

import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Picked up by every Spring Boot test through component scanning, so that all of them share one
 * application context. They must: Camunda registers its engine JVM-wide under its name, and a
 * second context would start a second "default" engine. Records process test coverage.
 */
@Configuration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
class TestContextConfiguration {}
