package org.foiflow.request;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 15, rule 5: a posted request's day 0 is the day of receipt the law deems or the requester gives. */
class PostedRequestTest extends LifecycleTest {

  static final LocalDate POSTED = LocalDate.of(2025, 3, 3);

  @BeforeEach
  void aWeekLater() {
    today(LocalDate.of(2025, 3, 10));
  }

  @Test
  void underFoisaAPostedRequestIsReceivedOnTheThirdDayAfterPostingWhateverTheRequesterSays() {
    // s.74(1): received Thursday 6 March; 20 Scottish working days later is 3 April.
    ProcessInstance deemed = filePosted("SCOTLAND_FOISA", null);
    assertThat(deemed).variables().containsEntry("receivedDate", "2025-03-06").containsEntry("statutoryDueDate", "2025-04-03");
    assertThat(filePosted("SCOTLAND_FOISA", "2025-03-04")).variables().containsEntry("receivedDate", "2025-03-06");
  }

  @Test
  void underFoiaTheRequesterGivesTheDateOfReceiptOrTheSecondWorkingDayIsPresumed() {
    // Given: received Tuesday 4 March; 20 working days (St Patrick's Day off, FOIA s.10(6)) to 2 April.
    assertThat(filePosted("UK_FOIA", "2025-03-04")).variables()
        .containsEntry("sentDate", "2025-03-03").containsEntry("receivedDate", "2025-03-04").containsEntry("statutoryDueDate", "2025-04-02");
    // Not given: Wednesday 5 March, the second working day after posting; due 3 April.
    assertThat(filePosted("UK_EIR", null)).variables().containsEntry("receivedDate", "2025-03-05").containsEntry("statutoryDueDate", "2025-04-03");
  }

  @Test
  void aDateOfReceiptIsOnlyForAPostedRequestAndNotBeforePosting() {
    assertThatThrownBy(() -> fileRequest(Map.of("sentDate", POSTED.toString(), "receivedDate", "2025-03-04")))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("receivedDate");
    assertThatThrownBy(() -> filePosted("UK_FOIA", "2025-03-01"))
        .isInstanceOf(FormFieldValidationException.class).hasMessageContaining("receivedDate");
  }

  private ProcessInstance filePosted(String regime, String received) {
    Map<String, Object> form = new HashMap<>(Map.of("regime", regime, "sendBy", "POST", "sentDate", POSTED.toString()));
    if (received != null) {
      form.put("receivedDate", received);
    }
    return fileRequest(form);
  }
}
