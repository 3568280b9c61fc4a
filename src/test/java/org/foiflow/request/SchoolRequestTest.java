package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.authority.AuthorityImport;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15, rule 7: a school (SI 2004/3364) answers by the earlier of its 20th school day and the
 * 60th working day. Without its terms the due date is the 20th working day, the earliest the 20th
 * school day can be, so reminders are not weeks late; the 60th working day is the outer limit.
 */
class SchoolRequestTest extends LifecycleTest {

  @Autowired AuthorityImport authorities;

  /** The directory's term_dates column: this school's own terms count, not the global setting. */
  @Test
  void aSchoolWithTermsInTheDirectoryIsDueOnIts20thSchoolDay() {
    authorities.importCsv(new StringReader("name,foi_email,default_regime,term_dates\n"
        + "Hillside Primary School,foi@hillside.sch.uk,UK_SCHOOL,2024-09-04/2024-12-20; 2025-01-06/2025-02-14; 2025-02-24/2025-04-04\n"));
    today(LocalDate.of(2024, 12, 20)); // the last day of the autumn term
    ProcessInstance request =
        fileRequest(Map.of("regime", "UK_SCHOOL", "authorityName", "Hillside Primary School", "authorityEmail", "foi@hillside.sch.uk"));
    // School days from 6 January: the 20th is Friday 31 January, before the 60th working day.
    assertThat(request).variables()
        .containsEntry("statutoryDueDate", "2025-01-31")
        .containsEntry("outerLimitDate", "2025-03-21")
        .containsEntry("schoolTerms", "2024-09-04/2024-12-20; 2025-01-06/2025-02-14; 2025-02-24/2025-04-04");
  }

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
