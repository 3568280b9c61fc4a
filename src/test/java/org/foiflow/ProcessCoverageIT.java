package org.foiflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.junit.jupiter.api.Test;

/**
 * Runs after the unit tests (failsafe, in `verify`) and reads the process test coverage they
 * recorded under target/process-test-coverage: every flow node and every sequence flow of every
 * diagram in processes/ must have been passed by at least one lifecycle test.
 */
class ProcessCoverageIT {

  @Test
  void everyFlowNodeAndSequenceFlowIsCoveredByALifecycleTest() throws IOException {
    Set<String> covered = coveredElements(Path.of("target/process-test-coverage"));
    List<String> missing;
    try (Stream<Path> diagrams = Files.list(Path.of("processes"))) {
      missing =
          diagrams
              .filter(path -> path.toString().endsWith(".bpmn"))
              .flatMap(ProcessCoverageIT::elementsOf)
              .filter(element -> !covered.contains(element))
              .sorted()
              .toList();
    }
    assertThat(missing).as("flow elements no lifecycle test passes (process:element)").isEmpty();
  }

  private static Stream<String> elementsOf(Path diagram) {
    var model = Bpmn.readModelFromFile(diagram.toFile());
    return model.getModelElementsByType(Process.class).stream()
        .flatMap(
            process ->
                model.getModelElementsByType(FlowElement.class).stream()
                    .filter(e -> e instanceof FlowNode || e instanceof SequenceFlow)
                    .map(e -> process.getId() + ":" + e.getId()));
  }

  private static Set<String> coveredElements(Path reports) throws IOException {
    assertThat(reports).as("coverage reports of the lifecycle tests").isDirectory();
    Set<String> covered = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path report : files.filter(p -> p.getFileName().toString().equals("report.json")).toList()) {
        for (JsonNode suite : json.readTree(report.toFile()).path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode event : run.path("events")) {
              covered.add(event.path("modelKey").asText() + ":" + event.path("definitionKey").asText());
            }
          }
        }
      }
    }
    return covered;
  }
}
