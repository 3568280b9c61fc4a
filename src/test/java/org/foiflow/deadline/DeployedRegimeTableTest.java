package org.foiflow.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 15, rule 12: a version of the decision table deployed while FOI Flow runs is what the
 * clock uses from the next refresh on, without a restart; a broken one leaves the last good table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DeployedRegimeTableTest {

  @Autowired RepositoryService repositoryService;
  @Autowired DeployedRegimeTable table;
  @Autowired StatutoryClock clock;

  static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

  @Test
  void aDeployedChangeTakesEffectAndABrokenOneIsIgnored() throws IOException {
    String shipped = shipped();
    table.refresh();
    assertThat(clock.responseDue(Regime.UK_FOIA, RECEIVED).due()).isEqualTo(LocalDate.of(2025, 4, 1));
    Deployment changed = deploy("changed", shipped.replaceFirst(
        "(<outputEntry id=\"rule-uk-foia-responseWorkingDays\">\\s*<text>)20(</text>)", "$125$2"));
    Deployment broken = null;
    try {
      table.refresh();
      // 25 working days instead of 20 (St Patrick's Day and no other holiday in between).
      assertThat(clock.rules(Regime.UK_FOIA).responseWorkingDays()).isEqualTo(25);
      assertThat(clock.responseDue(Regime.UK_FOIA, RECEIVED).due()).isEqualTo(LocalDate.of(2025, 4, 8));

      broken = deploy("broken", shipped.replaceFirst(
          "(<outputEntry id=\"rule-uk-foia-reviewRequestWindow\">\\s*<text>)\"40WD\"(</text>)", "$1\"forty days\"$2"));
      table.refresh();
      assertThat(clock.rules(Regime.UK_FOIA).responseWorkingDays()).as("the last good table stays").isEqualTo(25);
    } finally {
      if (broken != null) {
        repositoryService.deleteDeployment(broken.getId(), true);
      }
      repositoryService.deleteDeployment(changed.getId(), true);
      table.refresh();
    }
    assertThat(clock.responseDue(Regime.UK_FOIA, RECEIVED).due()).isEqualTo(LocalDate.of(2025, 4, 1));
  }

  private Deployment deploy(String name, String dmn) {
    return repositoryService.createDeployment().name("deadlines-" + name)
        .addString(StatutoryDeadlinesDecision.RESOURCE, dmn).deploy();
  }

  private static String shipped() throws IOException {
    try (InputStream in = DeployedRegimeTableTest.class.getClassLoader().getResourceAsStream(StatutoryDeadlinesDecision.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
