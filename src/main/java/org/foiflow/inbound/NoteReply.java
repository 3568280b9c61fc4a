package org.foiflow.inbound;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.contract.PublicAddress;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.mail.Correspondence;
import org.foiflow.mail.MailKind;

import org.springframework.stereotype.Component;

/**
 * Task_NoteReply, in the reply's event subprocess: the open "Record the authority's response"
 * task comes up in Tasklist now (follow-up date) with the reply noted on it and shown on its form
 * (latestReply, with its day as the response's date), and the requester is emailed, except for
 * automatic replies. A bounce marks the request "delivery failed" and tells
 * the requester.
 */
@Component("noteReply")
class NoteReply implements JavaDelegate {

  /** The task the reply is for (processes/foi-request.bpmn). */
  static final String RECORD_RESPONSE_TASK = "Task_RecordResponse";
  static final int FIRST_LINES = 6;
  /** The most of a reply the form shows; its page has the whole. */
  static final int LATEST_REPLY_LENGTH = 20_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ReceivedReplies replies;
  private final Correspondence correspondence;
  private final TaskService tasks;
  private final Today today;
  private final PublicAddress publicAddress;

  NoteReply(
      ReceivedReplies replies, Correspondence correspondence, TaskService tasks, Today today,
      PublicAddress publicAddress) {
    this.replies = replies;
    this.correspondence = correspondence;
    this.tasks = tasks;
    this.today = today;
    this.publicAddress = publicAddress;
  }

  @Override
  public void execute(DelegateExecution execution) {
    StoredReply reply = replies.find(Long.parseLong(RequestVariables.REPLY_ID.require(execution)))
        .orElseThrow(() -> new IllegalStateException("no kept reply " + RequestVariables.REPLY_ID.get(execution)));
    LocalDate day = today.date();
    Map<String, Object> facts = new HashMap<>();
    facts.put(RequestVariables.AUTHORITY_EMAIL.name(), RequestVariables.AUTHORITY_EMAIL.get(execution));
    if (reply.bounce()) {
      RequestVariables.DELIVERY_FAILED.set(execution.getProcessInstance(), true);
      facts.put("bounceReason", reply.bounceReason());
      correspondence.writeAboutArrival(execution, MailKind.DELIVERY_FAILED, day, facts);
    } else {
      // The task's form shows it read-only; automatic ones too (a case system's acknowledgement has the authority's reference).
      RequestVariables.LATEST_REPLY.set(execution.getProcessInstance(), latest(reply));
      RequestVariables.LATEST_REPLY_ATTACHMENTS.set(execution.getProcessInstance(), attachments(reply));
    }
    if (!reply.bounce() && !reply.automatic()) {
      facts.put("replySender", reply.sender());
      facts.put("replySubject", reply.subject() == null ? "(no subject)" : reply.subject());
      facts.put("firstLines", firstLines(reply.text()));
      facts.put("attachmentLine", reply.attachments().isEmpty()
          ? "No attachments."
          : reply.attachments().size() + " attachment(s): "
              + reply.attachments().stream().map(StoredReply.AttachmentInfo::name).collect(Collectors.joining(", ")));
      correspondence.writeAboutArrival(execution, MailKind.REPLY_RECEIVED, day, facts);
    }
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(RECORD_RESPONSE_TASK).active().list()) {
      task.setFollowUpDate(Date.from(today.now().toInstant()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), note(reply));
      if (!reply.bounce()) {
        // The form's "Date of the authority's reply" shows it: the requester confirms or corrects it.
        RequestVariables.RESPONSE_DATE.set(execution.getProcessInstance(), replyDate(reply, RequestVariables.SENT_DATE.get(execution)));
      }
    }
  }

  /**
   * The day the authority wrote (its Date header) when that can be so: not after the reply came
   * in, nor before the request went; else the day it came in.
   */
  private LocalDate replyDate(StoredReply reply, LocalDate requestSent) {
    LocalDate received = reply.receivedAt().atZone(today.zone()).toLocalDate();
    LocalDate written = reply.sentAt() == null ? null : reply.sentAt().atZone(today.zone()).toLocalDate();
    boolean plausible = written != null && !written.isAfter(received) && (requestSent == null || !written.isBefore(requestSent));
    return plausible ? written : received;
  }

  /** The task's History in Tasklist: who wrote, about what, the first lines and a download link per attachment. */
  private String note(StoredReply reply) {
    String kind = reply.bounce() ? "A bounce" : reply.automatic() ? "An automatic reply" : "A reply";
    StringBuilder note = new StringBuilder(kind + " from " + reply.sender() + ": " + (reply.subject() == null ? "" : reply.subject())
        + "\n" + firstLines(reply.text()));
    for (StoredReply.AttachmentInfo attachment : reply.attachments()) {
      note.append("\nAttachment ").append(attachment.name()).append(": ")
          .append(publicAddress.baseUrl()).append(attachment.link());
    }
    return ReplyReader.cut(note.toString(), 4000);
  }

  /** Who wrote, when, about what, and the whole text, as the form's read-only field shows it. */
  private String latest(StoredReply reply) {
    String day = DatesForPeople.day(reply.receivedAt().atZone(today.zone()).toLocalDate());
    return ReplyReader.cut((reply.automatic() ? "An automatic reply from " : "From ") + reply.sender() + ", " + day + "\n"
        + "Subject: " + (reply.subject() == null ? "(no subject)" : reply.subject()) + "\n\n"
        + (reply.text() == null || reply.text().isBlank() ? "(no text)" : reply.text().strip()), LATEST_REPLY_LENGTH);
  }

  /**
   * [{name, size, link}] for the form's list of links. The name is the sender's text inside a
   * Markdown link: the characters that would end or restyle the link are left out.
   */
  private static String attachments(StoredReply reply) {
    ArrayNode list = JSON.createArrayNode();
    for (StoredReply.AttachmentInfo attachment : reply.attachments()) {
      list.addObject()
          .put("name", attachment.name().replaceAll("[\\[\\]()<>*_`\\\\!#|]", " ").strip())
          .put("size", attachment.sizeInWords())
          .put("link", attachment.link());
    }
    return list.toString();
  }

  static String firstLines(String text) {
    if (text == null || text.isBlank()) {
      return "(no text)";
    }
    return Arrays.stream(text.split("\r?\n"))
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .limit(FIRST_LINES)
        .map(line -> ReplyReader.cut(line, 200))
        .collect(Collectors.joining("\n"));
  }
}
