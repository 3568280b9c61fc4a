package org.foiflow.mail;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * The health component {@code mail}: FAILING while the last send to the SMTP server failed, else
 * UP. It replaces Spring Boot's mail check (off in application.yaml), which made the whole of
 * {@code /actuator/health} DOWN (503) during a mail outage, so that a load balancer would have
 * taken every node out, and which connected to the SMTP server at every call. FAILING is not a
 * status the overall answer counts (its order is DOWN, OUT_OF_SERVICE, UP, UNKNOWN), so
 * {@code /actuator/health} stays UP: emails wait in the outbox and are retried. The health group
 * {@code mail} ({@code /actuator/health/mail}) answers 503 while it is FAILING.
 */
@Component("mailHealthIndicator")
class MailHealth implements HealthIndicator {

  static final Status FAILING = new Status("FAILING", "the last send to the SMTP server failed; emails wait in the outbox");

  private final SmtpConnections smtp;

  MailHealth(SmtpConnections smtp) {
    this.smtp = smtp;
  }

  @Override
  public Health health() {
    return smtp.lastFailure()
        .map(failure -> Health.status(FAILING).withDetail("lastFailure", failure).build())
        .orElseGet(() -> Health.up().build());
  }
}
