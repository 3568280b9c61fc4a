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
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Issue 18: a batch's members as the rest of FOI Flow shows them, its withdrawal, letters and confirmation. */
class BatchMembersTest extends LifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired AuthorityImport authorityImport;
  @Autowired BatchBook book;

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
}
