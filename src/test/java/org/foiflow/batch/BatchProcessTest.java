package org.foiflow.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.authority.AuthorityImport;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.security.FoiGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 18: a batch request, its members started by jobs, its letters staggered, its withdrawal. */
class BatchProcessTest extends LifecycleTest {

  @Autowired AuthorityImport authorityImport;
  @Autowired JdbcClient jdbc;
  @Autowired BatchBook book;
  @Autowired org.foiflow.mail.Outbox outbox;

  /** Imports {@code addressed} authorities with an address and {@code unaddressed} without, all tagged; returns the tag. */
  private String group(int addressed, int unaddressed) {
    String tag = "batch-test-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("name,foi_email,default_regime,tags\n");
    for (int i = 0; i < addressed + unaddressed; i++) {
      String email = i < addressed ? "foi" + i + "@" + tag + ".example.gov.uk" : "";
      csv.append(String.format("%s Body %02d,%s,UK_FOIA,%s%n", tag, i, email, tag));
    }
    authorityImport.importCsv(new StringReader(csv.toString()));
    return tag;
  }

  private Map<String, Object> batchForm(Map<String, Object> changes) {
    Map<String, Object> form = new HashMap<>();
    form.put("subject", "Tip-offs from MPs");
    form.put("requestText", "How many tip-offs did MPs pass to you, per year, 2030-2033?");
    form.put("sendBy", "EMAIL");
    form.put("requesterName", "Alice Reporter");
    form.put("requesterEmail", "alice@example.org");
    form.putAll(changes);
    form.values().removeIf(v -> v == null);
    return form;
  }

  private ProcessInstance fileBatch(Map<String, Object> changes) {
    String definition =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS)
            .latestVersion().singleResult().getId();
    identityService.setAuthentication(REQUESTER, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definition, batchForm(changes));
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** Runs the batch's own due jobs (the chunk jobs) until none is left. */
  private int runBatchJobs(ProcessInstance batch) {
    int ran = 0;
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(batch.getId()).executable().list()).isEmpty()) {
      for (Job job : due) {
        managementService.executeJob(job.getId());
        ran++;
      }
    }
    return ran;
  }

  private List<ProcessInstance> members(ProcessInstance batch) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(ProcessContract.REQUEST_PROCESS)
        .variableValueEquals(RequestVariables.BATCH_REFERENCE.name(), batch.getBusinessKey())
        .list();
  }

  private long batches() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS).count();
  }

  @Test
  void aBatchToATagStartsOneRequestPerAuthorityAfterTheFormHasAnswered() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(5, 0);

    ProcessInstance batch = fileBatch(Map.of("authorityTag", tag));

    assertThat(batch.getBusinessKey()).matches("BATCH-2034-\\d{4}");
    assertThat(members(batch)).isEmpty(); // started by jobs, not in the form's answer
    assertThat(runBatchJobs(batch)).isEqualTo(1); // 5 members: one chunk

    List<ProcessInstance> members = members(batch);
    assertThat(members).hasSize(5);
    assertThat(members).extracting(ProcessInstance::getBusinessKey).doesNotHaveDuplicates()
        .allSatisfy(reference -> assertThat(reference).matches("FOI-2034-\\d{4}"));
    assertThat(members).allSatisfy(member -> {
      assertThat(variable(member, ProcessContract.INITIATOR)).isEqualTo(REQUESTER);
      assertThat(taskService.createTaskQuery().processInstanceId(member.getId()).singleResult().getAssignee()).isEqualTo(REQUESTER);
    });
    assertThat(members).extracting(m -> variable(m, RequestVariables.AUTHORITY_NAME.name()))
        .containsExactlyInAnyOrder(tag + " Body 00", tag + " Body 01", tag + " Body 02", tag + " Body 03", tag + " Body 04");
    assertThat(book.members(batch.getBusinessKey())).allSatisfy(m -> assertThat(m.requestReference()).startsWith("FOI-2034-"));
  }

  @Test
  void aBatchByNamesRefusesNamesTheDirectoryDoesNotKnowAndStartsNothing() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(2, 0);
    long before = batches();

    assertThatThrownBy(() -> fileBatch(Map.of("authorityNames", "[\"" + tag + " Body 00\", \"Ministry of Silly Walks\"]")))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("authorityNames: not in the directory: 'Ministry of Silly Walks'");
    assertThat(batches()).isEqualTo(before);

    ProcessInstance batch = fileBatch(Map.of("authorityNames", tag + " Body 00\n" + tag.toUpperCase() + " BODY 01\n"));
    runBatchJobs(batch);
    assertThat(members(batch)).hasSize(2);
  }

  @Test
  void authoritiesWithoutAnAddressAreNamedAndNothingStartsUnlessTheRequesterLeavesThemOut() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(2, 2);
    long before = batches();

    assertThatThrownBy(() -> fileBatch(Map.of("authorityTag", tag)))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("authorityTag: 2 of the authorities have no FOI address in the directory: "
            + tag + " Body 02, " + tag + " Body 03; add their addresses, or choose to leave them out");
    assertThat(batches()).isEqualTo(before);

    ProcessInstance batch = fileBatch(Map.of("authorityTag", tag, "leaveOutUnaddressed", true));
    runBatchJobs(batch);
    assertThat(members(batch)).extracting(m -> variable(m, RequestVariables.AUTHORITY_NAME.name()))
        .containsExactlyInAnyOrder(tag + " Body 00", tag + " Body 01");

    // Letters the requester sends another way need no address.
    ProcessInstance elsewhere = fileBatch(Map.of("authorityTag", tag, "sendBy", "ELSEWHERE"));
    runBatchJobs(elsewhere);
    assertThat(members(elsewhere)).hasSize(4);
  }

  @Test
  void lettersGoOutOneEveryTenSecondsAndEachMembersDayZeroIsTheDayItsLetterGoes() {
    // 23:59:35 in London: the 4th letter (position 3) goes at 00:00:05, the next day.
    today(LocalDate.of(2034, 3, 1), LocalTime.of(23, 59, 35));
    String tag = group(5, 0);
    Instant filed = LocalDate.of(2034, 3, 1).atTime(23, 59, 35).atZone(LONDON).toInstant();

    ProcessInstance batch = fileBatch(Map.of("authorityTag", tag));
    runBatchJobs(batch); // all 5 members exist at once: the letters wait, not the requests

    for (BatchBook.Member member : book.members(batch.getBusinessKey())) {
      ProcessInstance request = runtimeService.createProcessInstanceQuery().processInstanceId(member.processInstanceId()).singleResult();
      Instant sendAt = filed.plusSeconds(10L * member.position());
      assertThat(variable(request, RequestVariables.LETTER_SEND_AT.name())).isEqualTo(sendAt.toString());
      LocalDate dayZero = member.position() < 3 ? LocalDate.of(2034, 3, 1) : LocalDate.of(2034, 3, 2);
      assertThat(variable(request, RequestVariables.RECEIVED_DATE.name())).as("day 0 of position " + member.position())
          .isEqualTo(dayZero.toString());
      List<ProcessInstance> letters = runtimeService.createProcessInstanceQuery()
          .processDefinitionKey("send-email").processInstanceBusinessKey(member.requestReference()).list();
      List<Job> letterJobs = letters.stream()
          .flatMap(l -> managementService.createJobQuery().processInstanceId(l.getId()).list().stream()).toList();
      // The letter's timer holds it until its turn (the first letter's send job is due at once,
      // like a single request's); the requester's confirmation goes at once.
      assertThat(letterJobs).extracting(job -> job.getDuedate().toInstant()).contains(sendAt)
          .allSatisfy(due -> assertThat(due).isIn(filed, sendAt));
    }

    // 45 s later every letter's turn has come: each timer fires, and its send job sends it.
    ClockUtil.setCurrentTime(java.util.Date.from(filed.plusSeconds(45)));
    for (BatchBook.Member member : book.members(batch.getBusinessKey())) {
      for (int round = 0; round < 3; round++) {
        runtimeService.createProcessInstanceQuery().processDefinitionKey("send-email")
            .processInstanceBusinessKey(member.requestReference()).list().stream()
            .flatMap(letter -> managementService.createJobQuery().processInstanceId(letter.getId()).executable().list().stream())
            .forEach(job -> managementService.executeJob(job.getId()));
      }
      assertThat(outbox.forReference(member.requestReference()))
          .filteredOn(email -> email.kind() == org.foiflow.mail.MailKind.REQUEST_LETTER)
          .singleElement()
          .satisfies(letter -> assertThat(letter.status()).isEqualTo(org.foiflow.mail.OutboxMessage.Status.SENT));
    }
  }

  @Test
  void withdrawingTheBatchWithdrawsEveryOpenMemberAndStopsTheLettersStillWaiting() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(3, 0);
    ProcessInstance batch = fileBatch(Map.of("authorityTag", tag));
    runBatchJobs(batch);
    List<BatchBook.Member> started = book.members(batch.getBusinessKey());

    runtimeService.createMessageCorrelation(ProcessContract.WITHDRAW_MESSAGE)
        .processInstanceBusinessKey(batch.getBusinessKey())
        .correlate();

    assertThat(members(batch)).isEmpty();
    assertThat(started).allSatisfy(member -> {
      assertThat(historyService.createHistoricVariableInstanceQuery()
              .processInstanceId(member.processInstanceId()).variableName(RequestVariables.OUTCOME.name()).singleResult().getValue())
          .isEqualTo("WITHDRAWN");
      assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("send-email")
              .processInstanceBusinessKey(member.requestReference()).activityIdIn("Timer_TurnInBatch").count())
          .isZero();
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.getId()).count()).isZero();
  }

  @Test
  void aBatchIsClosedAYearAfterItsMembersWereStarted() {
    today(LocalDate.of(2034, 3, 1));
    ProcessInstance batch = fileBatch(Map.of("authorityTag", group(1, 0)));
    runBatchJobs(batch);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.getId()).count()).isOne();

    today(LocalDate.of(2035, 3, 2));
    runBatchJobs(batch);

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(batch.getId()).count()).isZero();
  }

  @Test
  void aCrashWhileMembersAreStartedFinishesOnTheJobsNextRunWithNoMemberStartedTwice() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(30, 0); // two chunks of 25 and 5
    ProcessInstance batch = fileBatch(Map.of("authorityTag", tag, "sendBy", "ELSEWHERE"));
    // The database refuses to record member 27: the second chunk fails after starting 25 and 26.
    jdbc.sql("ALTER TABLE batch_member ADD CONSTRAINT ck_test_crash CHECK (batch_reference <> '"
            + batch.getBusinessKey() + "' OR position <> 27 OR process_instance_id IS NULL)").update();
    try {
      List<Job> chunks = managementService.createJobQuery().processInstanceId(batch.getId()).executable().list();
      assertThat(chunks).hasSize(2);
      int failed = 0;
      for (Job chunk : chunks) {
        try {
          managementService.executeJob(chunk.getId());
        } catch (RuntimeException crash) {
          failed++;
        }
      }
      assertThat(failed).isOne();
      assertThat(members(batch)).hasSize(25); // the failed chunk's requests rolled back with it
    } finally {
      jdbc.sql("ALTER TABLE batch_member DROP CONSTRAINT ck_test_crash").update();
    }

    today(LocalDate.of(2034, 3, 1), LocalTime.of(10, 2)); // the failed job's retry is due a minute later
    runBatchJobs(batch); // its next run, as after a restart

    List<ProcessInstance> members = members(batch);
    assertThat(members).hasSize(30);
    assertThat(members).extracting(m -> variable(m, RequestVariables.AUTHORITY_NAME.name())).doesNotHaveDuplicates();
  }
}
