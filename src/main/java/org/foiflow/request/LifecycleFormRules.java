package org.foiflow.request;

import java.util.Set;
import org.foiflow.contract.RequestVariables;
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
        RequestVariables.CLARIFICATION_DATE.name(), "Date the clarification was sent", Set.of(),
        RequestVariables.RESPONSE_DATE.name(), null, null, null);
  }

  @Bean
  DecisionFormRules payOrDeclineFeeRules() {
    return new DecisionFormRules(
        "pay-or-decline-fee", "feeDecision", "Fee decision", Set.of("PAID", "DECLINED"),
        RequestVariables.FEE_PAID_DATE.name(), "Date the fee was paid", Set.of("PAID"),
        RequestVariables.FEE_NOTICE_DATE.name(), RequestVariables.FEE_LAPSE_DATE.name(), null, null);
  }

  @Bean
  DecisionFormRules decideReviewRules() {
    return new DecisionFormRules(
        "decide-review", "reviewDecision", "Review decision", Set.of("ASK_REVIEW", "NO_REVIEW"),
        RequestVariables.REVIEW_REQUESTED_DATE.name(), "Date the review was requested", Set.of("ASK_REVIEW"),
        RequestVariables.RESPONSE_DATE.name(), RequestVariables.REVIEW_REQUEST_DEADLINE.name(), null, null);
  }

  @Bean
  DecisionFormRules recordReviewOutcomeRules() {
    return new DecisionFormRules(
        "record-review-outcome", RequestVariables.REVIEW_OUTCOME.name(), "Review outcome",
        Set.of("UPHELD", "OVERTURNED", "PARTLY_OVERTURNED", "NO_RESPONSE"),
        RequestVariables.REVIEW_OUTCOME_DATE.name(), "Date of the review outcome", Set.of("UPHELD", "OVERTURNED", "PARTLY_OVERTURNED"),
        RequestVariables.REVIEW_REQUESTED_DATE.name(), null, "NO_RESPONSE", RequestVariables.REVIEW_MAX_DUE_DATE.name());
  }

  @Bean
  DecisionFormRules decideComplaintRules() {
    return new DecisionFormRules(
        "decide-complaint", "complaintDecision", "Complaint decision", Set.of("COMPLAIN", "NO_COMPLAINT"),
        "complaintDate", "Date of the complaint", Set.of("COMPLAIN"),
        RequestVariables.REVIEW_OUTCOME_DATE.name(), RequestVariables.COMPLAINT_DEADLINE.name(), null, null);
  }

  @Bean
  DecisionFormRules recordDecisionNoticeRules() {
    return new DecisionFormRules(
        "record-decision-notice", RequestVariables.REGULATOR_DECISION.name(), "Regulator's decision",
        Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"),
        RequestVariables.DECISION_NOTICE_DATE.name(), "Date of the decision notice", Set.of("UPHELD", "PARTLY_UPHELD", "NOT_UPHELD"),
        "complaintDate", null, null, null);
  }

  @Bean
  DecisionFormRules decideTribunalAppealRules() {
    // Late appeals are possible with reasons, so the window does not cap the appeal date.
    return new DecisionFormRules(
        "decide-tribunal-appeal", RequestVariables.TRIBUNAL_DECISION.name(), "Tribunal decision", Set.of("APPEAL", "NO_APPEAL"),
        "appealDate", "Date of the appeal", Set.of("APPEAL"),
        RequestVariables.DECISION_NOTICE_DATE.name(), null, null, null);
  }
}
