package org.foiflow.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One FOI Flow node: the packaged jar in its own JVM, started the way the README's "Running in
 * production" says (profile postgres, SPRING_DATASOURCE_*, SPRING_MAIL_*, FOIFLOW_ADMIN_PASSWORD).
 * Its log goes to target/cluster/node-NAME.log.
 */
final class ClusterNode implements AutoCloseable {

  private final String name;
  private final int port;
  private final Path log;
  private final Process process;

  private ClusterNode(String name, int port, Path log, Process process) {
    this.name = name;
    this.port = port;
    this.log = log;
    this.process = process;
  }

  static ClusterNode start(String name, Path jar, Map<String, String> environment, List<String> arguments, Path logDir)
      throws IOException {
    return start(name, jar, environment, arguments, logDir, freePort(), Path.of("."));
  }

  /** On a given port, in a given working directory (where the default H2 file, ./data/, lives). */
  static ClusterNode start(
      String name, Path jar, Map<String, String> environment, List<String> arguments, Path logDir, int port, Path workDir)
      throws IOException {
    Files.createDirectories(logDir);
    Path log = logDir.resolve("node-" + name + ".log").toAbsolutePath();
    List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-jar", jar.toAbsolutePath().toString()));
    command.addAll(arguments);
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", String.valueOf(port));
    return new ClusterNode(name, port, log, builder.start());
  }

  String name() {
    return name;
  }

  int port() {
    return port;
  }

  Path log() {
    return log;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** Until /actuator/health answers 200; fails with the log's end when the node dies or takes too long. */
  void awaitHealthy(Duration timeout) throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant giveUp = Instant.now().plus(timeout);
    while (Instant.now().isBefore(giveUp)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("node " + name + " exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        var health = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
            HttpResponse.BodyHandlers.discarding());
        if (health.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // Still starting.
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException("node " + name + " not healthy after " + timeout + ":\n" + logTail());
  }

  /** SIGKILL: no shutdown hook, no transaction finished, locks left as they were. */
  void kill() throws InterruptedException {
    process.destroyForcibly().waitFor();
  }

  String logTail() throws IOException {
    List<String> lines = Files.readAllLines(log);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private static String javaExecutable() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
