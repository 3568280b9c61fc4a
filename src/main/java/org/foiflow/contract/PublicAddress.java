package org.foiflow.contract;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where people reach FOI Flow, for links in emails, notes and the calendar feed:
 * {@code foiflow.public-base-url} when set, else this machine at the port the app really serves
 * (server.port, or the one the web server was given), so a link never points at a port nobody
 * listens on.
 */
@Component
public class PublicAddress {

  private static final String DEFAULT_PORT = "8080";

  private final String configured;
  private final Environment environment;

  public PublicAddress(@Value("${foiflow.public-base-url:}") String configured, Environment environment) {
    this.configured = configured.strip().replaceAll("/+$", "");
    this.environment = environment;
  }

  /** E.g. "https://foi.example.org", without a slash at the end. */
  public String baseUrl() {
    if (!configured.isEmpty()) {
      return configured;
    }
    // local.server.port is known once the web server runs; server.port 0 asks for any free port.
    String port = environment.getProperty("local.server.port", environment.getProperty("server.port", DEFAULT_PORT));
    return "http://127.0.0.1:" + ("0".equals(port) ? DEFAULT_PORT : port);
  }
}
