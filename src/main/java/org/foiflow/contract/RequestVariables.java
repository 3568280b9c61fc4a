package org.foiflow.contract;

import java.time.LocalDate;

/**
 * The variables of an FOI request's processes (foi-request, internal-review,
 * regulator-complaint), named and typed once. The diagrams and the forms use the same names;
 * Java reads and writes them only through these constants.
 */
public final class RequestVariables {

  // What the requester filed (form "File an FOI request").
  public static final ProcessVariable<Regime> REGIME = ProcessVariable.code("regime", Regime.class);
  public static final ProcessVariable<String> AUTHORITY_NAME = ProcessVariable.text("authorityName");
  public static final ProcessVariable<String> AUTHORITY_EMAIL = ProcessVariable.text("authorityEmail");
  public static final ProcessVariable<String> SUBJECT = ProcessVariable.text("subject");
  public static final ProcessVariable<String> REQUEST_TEXT = ProcessVariable.text("requestText");
  public static final ProcessVariable<String> SEND_BY = ProcessVariable.text("sendBy");
  public static final ProcessVariable<String> REQUESTER_NAME = ProcessVariable.text("requesterName");
  public static final ProcessVariable<String> REQUESTER_EMAIL = ProcessVariable.text("requesterEmail");
  public static final ProcessVariable<LocalDate> SENT_DATE = ProcessVariable.date("sentDate");

  // What FOI Flow works out and keeps.
  public static final ProcessVariable<String> REFERENCE = ProcessVariable.text("reference");
  /** Day 0: the day the authority received the request (sentDate for requests not posted). */
  public static final ProcessVariable<LocalDate> RECEIVED_DATE = ProcessVariable.date("receivedDate");
  /** A school's terms from the authority directory (deadline.SchoolTerms text), kept from registration. */
  public static final ProcessVariable<String> SCHOOL_TERMS = ProcessVariable.text("schoolTerms");
  public static final ProcessVariable<LocalDate> CLOCK_START_DATE = ProcessVariable.date("clockStartDate");
  public static final ProcessVariable<LocalDate> STATUTORY_DUE_DATE = ProcessVariable.date("statutoryDueDate");
  /** A school without known terms: the latest the 20th school day can be (SI 2004/3364). */
  public static final ProcessVariable<LocalDate> OUTER_LIMIT_DATE = ProcessVariable.date("outerLimitDate");
  public static final ProcessVariable<LocalDate> EXTENSION_LIMIT_DATE = ProcessVariable.date("extensionLimitDate");
  public static final ProcessVariable<LocalDate> FEE_LAPSE_DATE = ProcessVariable.date("feeLapseDate");
  /** The paid fee pauses, "notice/paid" separated by ";". */
  public static final ProcessVariable<String> FEE_PAUSES = ProcessVariable.text("feePauses");
  public static final ProcessVariable<LocalDate> LAST_REMINDER_DATE = ProcessVariable.date("lastReminderDate");
  /** The latest reminder's kind, visible in Cockpit. */
  public static final ProcessVariable<String> LAST_REMINDER = ProcessVariable.text("lastReminder");
  /** Every reminder sent, "KIND@deadline;" one after another, so none goes out twice. */
  public static final ProcessVariable<String> REMINDERS_SENT = ProcessVariable.text("remindersSent");
  /** Input parameter of each reminder task (local): which reminder it sends. */
  public static final ProcessVariable<String> REMINDER_KIND = ProcessVariable.text("reminderKind");
  /** Input parameter of each email task (local): which email it writes. */
  public static final ProcessVariable<String> MAIL_KIND = ProcessVariable.text("mailKind");
  public static final ProcessVariable<String> STATUS = ProcessVariable.text("status");
  public static final ProcessVariable<String> OUTCOME = ProcessVariable.text("outcome");

  // Replies from the authority (org.foiflow.inbound).
  /** Local to the reply's event subprocess: the id of the stored reply it is about. */
  public static final ProcessVariable<String> REPLY_ID = ProcessVariable.text("replyId");
  /** An email to the authority bounced: the requester should check the address and send again. */
  public static final ProcessVariable<Boolean> DELIVERY_FAILED = ProcessVariable.flag("deliveryFailed");
  /** The newest reply as text (who, when, subject, text), shown read-only by "Record the authority's response". */
  public static final ProcessVariable<String> LATEST_REPLY = ProcessVariable.text("latestReply");
  /** Its attachments, [{name, size, link}], listed with download links by the same form. */
  public static final ProcessVariable<String> LATEST_REPLY_ATTACHMENTS = ProcessVariable.json("latestReplyAttachments");

  // What the requester records of the authority's response (form "Record the authority's response").
  public static final ProcessVariable<Response> RESPONSE = ProcessVariable.code("response", Response.class);
  public static final ProcessVariable<LocalDate> RESPONSE_DATE = ProcessVariable.date("responseDate");
  public static final ProcessVariable<String> RESPONSE_NOTES = ProcessVariable.text("responseNotes");
  public static final ProcessVariable<String> EXEMPTIONS_CITED = ProcessVariable.text("exemptionsCited");
  public static final ProcessVariable<String> CLARIFICATION_TEXT = ProcessVariable.text("clarificationText");
  public static final ProcessVariable<LocalDate> CLARIFICATION_DATE = ProcessVariable.date("clarificationDate");
  public static final ProcessVariable<LocalDate> FEE_NOTICE_DATE = ProcessVariable.date("feeNoticeDate");
  public static final ProcessVariable<LocalDate> FEE_PAID_DATE = ProcessVariable.date("feePaidDate");
  public static final ProcessVariable<String> FEE_AMOUNT = ProcessVariable.text("feeAmount");
  public static final ProcessVariable<LocalDate> EXTENDED_DUE_DATE = ProcessVariable.date("extendedDueDate");
  /** The extension goes beyond the regime's limit (EIR reg 7(1): a breach; FOIA: ICO guidance). */
  public static final ProcessVariable<Boolean> EXTENSION_BEYOND_LIMIT = ProcessVariable.flag("extensionBeyondLimit");
  public static final ProcessVariable<String> EXTENSION_RULE = ProcessVariable.text("extensionRule");

  // A member of a batch request (one request to many authorities, process foi-batch).
  /** The batch's reference BATCH-YYYY-NNNN (its business key); also a variable of the batch itself. */
  public static final ProcessVariable<String> BATCH_REFERENCE = ProcessVariable.text("batchReference");
  /**
   * When a member's letter goes out: letters of a batch are staggered so that many bodies do not
   * get them at once, and day 0 is the day of this moment where the authority is.
   */
  public static final ProcessVariable<java.time.Instant> LETTER_SEND_AT = ProcessVariable.instant("letterSendAt");
  // What the form "Send a request to many authorities" takes besides a request's own fields.
  /** The group the batch goes to: every authority with this tag. */
  public static final ProcessVariable<String> AUTHORITY_TAG = ProcessVariable.text("authorityTag");
  /** Or the authorities by name: a JSON list, or one name per line. */
  public static final ProcessVariable<String> AUTHORITY_NAMES = ProcessVariable.text("authorityNames");
  /** Leave out the authorities without a known FOI address instead of refusing the batch. */
  public static final ProcessVariable<Boolean> LEAVE_OUT_UNADDRESSED = ProcessVariable.flag("leaveOutUnaddressed");
  /** Element of the batch's multi-instance: which chunk of members a job starts. */
  public static final ProcessVariable<String> BATCH_CHUNK = ProcessVariable.text("batchChunk");

  // Review, regulator and tribunal.
  public static final ProcessVariable<LocalDate> REVIEW_REQUEST_DEADLINE = ProcessVariable.date("reviewRequestDeadline");
  public static final ProcessVariable<String> REVIEW_GROUNDS = ProcessVariable.text("reviewGrounds");
  public static final ProcessVariable<LocalDate> REVIEW_REQUESTED_DATE = ProcessVariable.date("reviewRequestedDate");
  public static final ProcessVariable<LocalDate> REVIEW_DUE_DATE = ProcessVariable.date("reviewDueDate");
  public static final ProcessVariable<LocalDate> REVIEW_MAX_DUE_DATE = ProcessVariable.date("reviewMaxDueDate");
  public static final ProcessVariable<LocalDate> REVIEW_OUTCOME_DATE = ProcessVariable.date("reviewOutcomeDate");
  public static final ProcessVariable<String> REVIEW_OUTCOME = ProcessVariable.text("reviewOutcome");
  public static final ProcessVariable<LocalDate> COMPLAINT_DEADLINE = ProcessVariable.date("complaintDeadline");
  public static final ProcessVariable<LocalDate> DECISION_NOTICE_DATE = ProcessVariable.date("decisionNoticeDate");
  public static final ProcessVariable<String> REGULATOR_DECISION = ProcessVariable.text("regulatorDecision");
  public static final ProcessVariable<LocalDate> TRIBUNAL_DEADLINE = ProcessVariable.date("tribunalDeadline");
  public static final ProcessVariable<String> TRIBUNAL_DECISION = ProcessVariable.text("tribunalDecision");

  private RequestVariables() {}
}
