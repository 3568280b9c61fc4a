package org.foiflow.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.authority.AuthorityImport;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.mail.MailCatcher;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Issue 18: a batch's members as the rest of FOI Flow shows them, its withdrawal, letters and confirmation. */
class BatchMembersTest extends LifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired AuthorityImport authorityImport;
  @Autowired BatchBook book;
  @Autowired Outbox outbox;
  @Autowired MailCatcher catcher;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
  }

  /** {@code count} authorities with an FOI address, all tagged; returns the tag. */
  private String group(int count) {
    String tag = "batch-members-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("name,foi_email,default_regime,tags\n");
    for (int i = 0; i < count; i++) {
      csv.append(String.format("%s Council %d,foi%d@%s.example.gov.uk,UK_FOIA,%s%n", tag, i, i, tag, tag));
    }
    authorityImport.importCsv(new StringReader(csv.toString()));
    return tag;
  }

  /** Files a batch to the tag as {@code user}, and runs its chunk jobs. */
  private ProcessInstance fileBatch(String user, String tag) {
    Map<String, Object> form = new HashMap<>(Map.of(
        "authorityTag", tag, "subject", "Potholes reported", "requestText", "How many potholes were reported to you in 2036?",
        "sendBy", "EMAIL", "requesterName", "Alice Reporter", "requesterEmail", "alice@example.org"));
    String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS)
        .latestVersion().singleResult().getId();
    identityService.setAuthentication(user, List.of(FoiGroups.REQUESTERS));
    ProcessInstance batch;
    try {
      batch = formService.submitStartForm(definition, form);
    } finally {
      identityService.clearAuthentication();
    }
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(batch.getId()).executable().list()).isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
    return batch;
  }

  private JsonNode get(String user, String path) throws Exception {
    ResponseEntity<String> answer = http.withBasicAuth(user, Requesters.PASSWORD).getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  @Test
  void membersNameTheirBatchInTheRequestListTheRequestPageAndTheDeadlinesTable() throws Exception {
    today(LocalDate.of(2037, 3, 2));
    String tag = group(2);
    ProcessInstance batch = fileBatch(Requesters.A, tag);
    List<BatchBook.Member> members = book.members(batch.getBusinessKey());
    assertThat(members).hasSize(2);

    JsonNode list = get(Requesters.A, "/api/requests?authority=" + tag + "&maxResults=10");
    assertThat(list).hasSize(2)
        .allSatisfy(request -> assertThat(request.get("batchReference").asText()).isEqualTo(batch.getBusinessKey()));
    for (BatchBook.Member member : members) {
      assertThat(get(Requesters.A, "/api/requests/" + member.requestReference()).get("batchReference").asText())
          .isEqualTo(batch.getBusinessKey());
    }
    JsonNode deadlines = get(Requesters.A, "/api/requests/deadlines?maxResults=1000");
    List<String> references = members.stream().map(BatchBook.Member::requestReference).toList();
    List<JsonNode> mine = new java.util.ArrayList<>();
    deadlines.forEach(row -> {
      if (references.contains(row.get("reference").asText())) {
        mine.add(row);
      }
    });
    assertThat(mine).hasSize(2).allSatisfy(row -> assertThat(row.get("batchReference").asText()).isEqualTo(batch.getBusinessKey()));

    // A request of its own names no batch.
    identityService.setAuthentication(Requesters.A, List.of(FoiGroups.REQUESTERS));
    ProcessInstance single;
    try {
      String definition = repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessContract.REQUEST_PROCESS)
          .latestVersion().singleResult().getId();
      single = formService.submitStartForm(definition, requestForm(Map.of()));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(get(Requesters.A, "/api/requests/" + single.getBusinessKey()).get("batchReference").isNull()).isTrue();
  }

  private ResponseEntity<String> withdraw(String user, String reference) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, Requesters.PASSWORD).postForEntity("/engine-rest/message",
        new HttpEntity<>("{\"messageName\": \"foi-withdraw\", \"businessKey\": \"" + reference + "\"}", headers), String.class);
  }

  /** Runs the due jobs of the send-email instances of {@code reference}, as the job executor would. */
  private void sendDueEmails(String reference) {
    for (int round = 0; round < 3; round++) {
      runtimeService.createProcessInstanceQuery().processDefinitionKey("send-email").processInstanceBusinessKey(reference).list()
          .stream()
          .flatMap(sending -> managementService.createJobQuery().processInstanceId(sending.getId()).executable().list().stream())
          .forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  @Test
  void withdrawingTheBatchOverRestWithdrawsItsMembersAndCancelsTheLettersStillHeldForTheirTurn() throws Exception {
    today(LocalDate.of(2037, 3, 3), java.time.LocalTime.of(11, 0));
    String tag = group(3);
    ProcessInstance batch = fileBatch(Requesters.A, tag);
    List<BatchBook.Member> members = book.members(batch.getBusinessKey());
    members.forEach(member -> sendDueEmails(member.requestReference())); // the first letter goes; the others wait their turn

    // Another requester cannot withdraw it: 400, as for a reference that does not exist.
    ResponseEntity<String> refused = withdraw(Requesters.B, batch.getBusinessKey());
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("no open request '" + batch.getBusinessKey() + "' that you filed");
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.getId()).count()).isOne();

    assertThat(withdraw(Requesters.A, batch.getBusinessKey()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.getId()).count()).isZero();
    for (BatchBook.Member member : members) {
      assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(member.processInstanceId())
          .variableName(RequestVariables.OUTCOME.name()).singleResult().getValue()).isEqualTo("WITHDRAWN");
      OutboxMessage.Status expected = member.position() == 0 ? OutboxMessage.Status.SENT : OutboxMessage.Status.CANCELLED;
      assertThat(outbox.forReference(member.requestReference()))
          .filteredOn(email -> email.kind() == MailKind.REQUEST_LETTER).singleElement()
          .satisfies(letter -> assertThat(letter.status()).as("letter of position " + member.position()).isEqualTo(expected));
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("send-email")
          .processInstanceBusinessKey(member.requestReference()).activityIdIn("Timer_TurnInBatch").count()).isZero();
      assertThat(get(Requesters.A, "/api/requests/" + member.requestReference()).get("letters").toString())
          .contains(member.position() == 0 ? "\"sent\"" : "not sent: the batch was withdrawn before its turn");
    }
    // Send now cannot bring a cancelled letter back: its send-email instance is gone.
    long cancelled = outbox.forReference(members.get(1).requestReference()).stream()
        .filter(email -> email.kind() == MailKind.REQUEST_LETTER).findFirst().orElseThrow().id();
    ResponseEntity<String> sendNow = http.withBasicAuth(Requesters.EDITOR, Requesters.PASSWORD)
        .postForEntity("/api/mail/outbox/" + cancelled + "/send", null, String.class);
    assertThat(sendNow.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    // Their turn comes and goes: the cancelled letters never reach the authorities.
    today(LocalDate.of(2037, 3, 3), java.time.LocalTime.of(11, 5));
    members.forEach(member -> sendDueEmails(member.requestReference()));
    assertThat(catcher.caught()).extracting(MailCatcher.CaughtMail::to)
        .contains(List.of("foi0@" + tag + ".example.gov.uk"))
        .doesNotContain(List.of("foi1@" + tag + ".example.gov.uk"), List.of("foi2@" + tag + ".example.gov.uk"));
  }

  @Test
  void aLetterSentDaysAfterItsTurnStartsItsMembersClockOnTheDayItWent() {
    // Friday 28 August 2037, 16:00; Monday 31 August is the summer bank holiday in England and Wales.
    today(LocalDate.of(2037, 8, 28), java.time.LocalTime.of(16, 0));
    ProcessInstance batch = fileBatch(Requesters.A, group(2));
    BatchBook.Member first = book.members(batch.getBusinessKey()).get(0);
    BatchBook.Member second = book.members(batch.getBusinessKey()).get(1);
    sendDueEmails(first.requestReference()); // the first letter goes at once
    // The second's turn was 10 s later, but no job ran again until Tuesday morning.
    today(LocalDate.of(2037, 9, 1), java.time.LocalTime.of(9, 30));
    sendDueEmails(second.requestReference());

    ProcessInstance onTime = runtimeService.createProcessInstanceQuery().processInstanceId(first.processInstanceId()).singleResult();
    assertThat(variable(onTime, RequestVariables.RECEIVED_DATE.name())).isEqualTo("2037-08-28");
    assertThat(variable(onTime, RequestVariables.STATUTORY_DUE_DATE.name()))
        .isEqualTo(dueDate(Regime.UK_FOIA, LocalDate.of(2037, 8, 28)).toString());

    ProcessInstance late = runtimeService.createProcessInstanceQuery().processInstanceId(second.processInstanceId()).singleResult();
    LocalDate due = dueDate(Regime.UK_FOIA, LocalDate.of(2037, 9, 1));
    assertThat(due).isEqualTo(LocalDate.of(2037, 9, 29)); // day 1 is Wednesday 2 September
    assertThat(variable(late, RequestVariables.SENT_DATE.name())).isEqualTo("2037-09-01");
    assertThat(variable(late, RequestVariables.RECEIVED_DATE.name())).isEqualTo("2037-09-01");
    assertThat(variable(late, RequestVariables.CLOCK_START_DATE.name())).isEqualTo("2037-09-01");
    assertThat(variable(late, RequestVariables.STATUTORY_DUE_DATE.name())).isEqualTo(due.toString());
    org.camunda.bpm.engine.task.Task task = taskService.createTaskQuery().processInstanceId(late.getId()).singleResult();
    assertThat(task.getDueDate().toInstant().atZone(LONDON).toLocalDate()).isEqualTo(due);
    assertThat(taskService.getTaskComments(task.getId())).singleElement()
        .satisfies(comment -> assertThat(comment.getFullMessage())
            .contains("went on Tuesday 1 September 2037, later than its turn in batch " + batch.getBusinessKey())
            .contains("is now due on Tuesday 29 September 2037"));
    // No email about it: the batch's one confirmation named no member's date.
    assertThat(outbox.forReference(second.requestReference())).extracting(OutboxMessage::kind).doesNotContain(MailKind.DEADLINE_MOVED);
  }

  @Test
  void theRequesterGetsOneConfirmationForTheBatchAndNoneForEachMember() {
    today(LocalDate.of(2037, 3, 4), java.time.LocalTime.of(10, 0));
    ProcessInstance batch = fileBatch(Requesters.A, group(3));
    sendDueEmails(batch.getBusinessKey());
    List<BatchBook.Member> members = book.members(batch.getBusinessKey());
    members.forEach(member -> sendDueEmails(member.requestReference()));

    List<String> references = new java.util.ArrayList<>(List.of(batch.getBusinessKey()));
    members.forEach(member -> references.add(member.requestReference()));
    List<MailCatcher.CaughtMail> toRequester = catcher.caught().stream()
        .filter(mail -> mail.to().contains("alice@example.org"))
        .filter(mail -> references.stream().anyMatch(mail.subject()::contains))
        .toList();
    assertThat(toRequester).singleElement().satisfies(confirmation -> {
      assertThat(confirmation.subject()).isEqualTo(batch.getBusinessKey() + ": your request to 3 authorities is registered");
      assertThat(confirmation.body())
          .contains("Dear Alice Reporter")
          .contains("\"Potholes reported\" is registered as the batch " + batch.getBusinessKey() + ": 3 authorities get it")
          .contains(servedAt() + "/batches/" + batch.getBusinessKey());
    });
    assertThat(outbox.forReference(batch.getBusinessKey())).singleElement()
        .satisfies(email -> assertThat(email.status()).isEqualTo(OutboxMessage.Status.SENT));
    for (BatchBook.Member member : members) {
      assertThat(outbox.forReference(member.requestReference())).extracting(OutboxMessage::kind)
          .containsExactly(MailKind.REQUEST_LETTER);
    }
  }
}
