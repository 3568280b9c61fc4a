package org.foiflow.request;

import java.util.Set;
import org.foiflow.form.DecisionFormRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Server-side rules of the decision forms of the lifecycle, one bean per form. */
@Configuration
class LifecycleFormRules {

  @Bean
  DecisionFormRules sendClarificationRules() {
    return new DecisionFormRules(
        "send-clarification", null, null, Set.of(),
        "clarificationDate", "Date the clarification was sent", Set.of(),
        "responseDate", null, null, null);
  }

  @Bean
  DecisionFormRules payOrDeclineFeeRules() {
    return new DecisionFormRules(
        "pay-or-decline-fee", "feeDecision", "Fee decision", Set.of("PAID", "DECLINED"),
        "feePaidDate", "Date the fee was paid", Set.of("PAID"),
        "feeNoticeDate", "feeLapseDate", null, null);
  }

  @Bean
  DecisionFormRules decideReviewRules() {
    return new DecisionFormRules(
        "decide-review", "reviewDecision", "Review decision", Set.of("ASK_REVIEW", "NO_REVIEW"),
        "reviewRequestedDate", "Date the review was requested", Set.of("ASK_REVIEW"),
        "responseDate", "reviewRequestDeadline", null, null);
  }

  @Bean
  DecisionFormRules recordReviewOutcomeRules() {
    return new DecisionFormRules(
        "record-review-outcome", "reviewOutcome", "Review outcome",
        Set.of("UPHELD", "OVERTURNED", "PARTLY_OVERTURNED", "NO_RESPONSE"),
        "reviewOutcomeDate", "Date of the review outcome", Set.of("UPHELD", "OVERTURNED", "PARTLY_OVERTURNED"),
        "reviewRequestedDate", null, "NO_RESPONSE", "reviewMaxDueDate");
  }

  @Bean
  DecisionFormRules decideComplaintRules() {
    return new DecisionFormRules(
        "decide-complaint", "complaintDecision", "Complaint decision", Set.of("COMPLAIN", "NO_COMPLAINT"),
        "complaintDate", "Date of the complaint", Set.of("COMPLAIN"),
        "reviewOutcomeDate", "complaintDeadline", null, null);
  }

  @Bean
  DecisionFormRules recordDecisionNoticeRules() {
    return new DecisionFormRules(
        "record-decision-notice", "regulatorDecision", "Regulator's decision",
        Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"),
        "decisionNoticeDate", "Date of the decision notice", Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"),
        "complaintDate", null, null, null);
  }

  @Bean
  DecisionFormRules decideTribunalAppealRules() {
    // Late appeals are possible with reasons, so the window does not cap the appeal date.
    return new DecisionFormRules(
        "decide-tribunal-appeal", "tribunalDecision", "Tribunal decision", Set.of("APPEAL", "NO_APPEAL"),
        "appealDate", "Date of the appeal", Set.of("APPEAL"),
        "decisionNoticeDate", null, null, null);
  }
}
