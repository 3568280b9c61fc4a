package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;

/**
 * Issue 15, rule 7: a school (SI 2004/3364) answers by the earlier of its 20th school day and the
 * 60th working day. Without its terms the due date is the 20th working day, the earliest the 20th
 * school day can be, so reminders are not weeks late; the 60th working day is the outer limit.
 */
class SchoolRequestTest extends LifecycleTest {

  @Test
  void withoutTermsTheDueDateIsThe20thWorkingDayAndThe60thIsTheOuterLimit() {
    today(LocalDate.of(2024, 12, 20));
    ProcessInstance request = fileRequest(Map.of("regime", "UK_SCHOOL"));
    assertThat(request).variables()
        .containsEntry("statutoryDueDate", "2025-01-23")
        .containsEntry("outerLimitDate", "2025-03-21");
    assertThat(clock.responseDue(Regime.UK_SCHOOL, LocalDate.of(2024, 12, 20)).outerLimit()).isEqualTo(LocalDate.of(2025, 3, 21));
    assertThat(clock.responseDue(Regime.UK_FOIA, LocalDate.of(2024, 12, 20)).outerLimit()).isNull();
  }
}
