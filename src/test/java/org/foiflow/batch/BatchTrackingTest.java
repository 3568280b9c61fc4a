package org.foiflow.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.plugin.variable.SpinValues;
import org.foiflow.LifecycleTest;
import org.foiflow.authority.AuthorityImport;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.figures.FigureRules;
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

/** Issue 18: a batch filed over REST, its page and API, the figures compared, and who may see it. */
class BatchTrackingTest extends LifecycleTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate http;
  @Autowired AuthorityImport authorityImport;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
  }

  private String group(int addressed, int unaddressed) {
    String tag = "batch-track-" + UUID.randomUUID().toString().substring(0, 8);
    StringBuilder csv = new StringBuilder("name,foi_email,default_regime,tags\n");
    for (int i = 0; i < addressed + unaddressed; i++) {
      String email = i < addressed ? "foi" + i + "@" + tag + ".example.gov.uk" : "";
      csv.append(String.format("%s Force %d,%s,UK_FOIA,%s%n", tag, i, email, tag));
    }
    authorityImport.importCsv(new StringReader(csv.toString()));
    return tag;
  }

  private ResponseEntity<String> submitBatch(String user, String tag) {
    String body = "{\"variables\": {"
        + "\"authorityTag\": {\"value\": \"" + tag + "\"},"
        + "\"subject\": {\"value\": \"Tip-offs from MPs\"},"
        + "\"requestText\": {\"value\": \"How many tip-offs did MPs pass to you, per year?\"},"
        + "\"sendBy\": {\"value\": \"EMAIL\"},"
        + "\"requesterName\": {\"value\": \"Alice Reporter\"},"
        + "\"requesterEmail\": {\"value\": \"alice@example.org\"}}}";
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return http.withBasicAuth(user, Requesters.PASSWORD)
        .postForEntity("/engine-rest/process-definition/key/foi-batch/submit-form", new HttpEntity<>(body, headers), String.class);
  }

  private ResponseEntity<String> get(String user, String path) {
    return http.withBasicAuth(user, Requesters.PASSWORD).getForEntity(path, String.class);
  }

  private void runJobs(String processInstanceId) {
    List<Job> due;
    while (!(due = managementService.createJobQuery().processInstanceId(processInstanceId).executable().list()).isEmpty()) {
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }

  private void answer(Task task, String breakdown2031, String breakdown2032) {
    String figures = "[{\"metric\": \"Tip-offs from MPs\", \"value\": " + new BigDecimal(breakdown2031).add(new BigDecimal(breakdown2032))
        + ", \"unit\": \"tip-offs\", \"periodFrom\": \"2031-01-01\", \"periodTo\": \"2032-12-31\","
        + " \"breakdown\": [{\"label\": \"2031\", \"value\": " + breakdown2031 + "}, {\"label\": \"2032\", \"value\": " + breakdown2032 + "}]}]";
    identityService.setAuthentication(Requesters.A, List.of("foi-requesters"));
    try {
      formService.submitTaskForm(task.getId(), Map.of(
          RequestVariables.RESPONSE.name(), "IN_FULL", RequestVariables.RESPONSE_DATE.name(), "2034-03-10", FigureRules.FIELD, SpinValues.jsonValue(figures).create()));
    } finally {
      identityService.clearAuthentication();
    }
  }

  @Test
  void aRequesterFilesABatchOverRestAndSeesItsMembersAndTheirFiguresSideBySide() throws Exception {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(3, 0);

    ResponseEntity<String> filed = submitBatch(Requesters.A, tag);

    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.OK);
    String reference = JSON.readTree(filed.getBody()).get("businessKey").asText();
    ProcessInstance batch = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS)
        .processInstanceBusinessKey(reference).singleResult();
    runJobs(batch.getId());
    List<Task> tasks = taskService.createTaskQuery().taskAssignee(Requesters.A)
        .processVariableValueEquals(RequestVariables.BATCH_REFERENCE.name(), reference).orderByProcessInstanceId().asc().list();
    assertThat(tasks).hasSize(3);
    today(LocalDate.of(2034, 3, 10));
    answer(tasks.get(0), "12", "30");
    answer(tasks.get(1), "7", "5");

    JsonNode view = JSON.readTree(get(Requesters.A, "/api/batches/" + reference).getBody());

    assertThat(view.get("members").asInt()).isEqualTo(3);
    assertThat(view.get("filedOn").asText()).isEqualTo("1 March 2034");
    assertThat(view.get("counts").get("Closed").asInt()).isEqualTo(2);
    assertThat(view.get("counts").get("Awaiting the response").asInt()).isEqualTo(1);
    assertThat(view.get("onTimeShare").asDouble()).isEqualTo(1.0);
    // The public calculator's due date for a request received on the day the letters went.
    String due = LocalDate.parse(JSON.readTree(http.getForEntity("/api/deadlines?regime=UK_FOIA&received=2034-03-01", String.class)
        .getBody()).get("due").asText()).format(BatchProgress.DAY);
    JsonNode open = null;
    for (JsonNode row : view.get("rows")) {
      assertThat(row.get("reference").asText()).startsWith("FOI-2034-");
      assertThat(row.get("dueDate").asText()).isEqualTo(due).endsWith("March 2034");
      if (row.get("outcome").isNull()) {
        open = row;
      } else {
        assertThat(row.get("answeredOn").asText()).isEqualTo("10 March 2034");
      }
    }
    assertThat(open).isNotNull();
    JsonNode figures = view.get("figures");
    assertThat(figures.get("metric").asText()).isEqualTo("Tip-offs from MPs");
    assertThat(figures.get("labels")).extracting(JsonNode::asText).containsExactly("2031", "2032");
    assertThat(figures.get("rows")).hasSize(2);

    String csv = get(Requesters.A, "/api/batches/" + reference + "/figures.csv").getBody();
    assertThat(csv.lines().toList()).hasSize(3);
    assertThat(csv.lines().findFirst().orElseThrow()).isEqualTo("authority,reference,metric,value,unit,2031,2032");
    assertThat(csv).contains(",Tip-offs from MPs,42,tip-offs,12,30").contains(",Tip-offs from MPs,12,tip-offs,7,5");

    // The page is served at the batch's own address.
    ResponseEntity<String> page = http.getForEntity("/batches/" + reference, String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("batch.js");
  }

  @Test
  void requestersSeeOnlyTheirOwnBatchesAndEditorsSeeEvery() throws Exception {
    today(LocalDate.of(2034, 3, 1));
    String reference = JSON.readTree(submitBatch(Requesters.A, group(1, 0)).getBody()).get("businessKey").asText();

    assertThat(get(Requesters.B, "/api/batches/" + reference).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(Requesters.B, "/api/batches/" + reference + "/figures.csv").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(get(Requesters.A, "/api/batches/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(get(Requesters.EDITOR, "/api/batches/" + reference).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(http.getForEntity("/api/batches/" + reference, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(get(Requesters.A, "/api/batches/not-a-batch").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  @Test
  void aBatchWithAuthoritiesWithoutAnAddressGets400NamingThemOverRest() {
    today(LocalDate.of(2034, 3, 1));
    String tag = group(1, 1);
    long before = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS).count();

    ResponseEntity<String> refused = submitBatch(Requesters.A, tag);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("have no FOI address in the directory: " + tag + " Force 1");
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessContract.BATCH_PROCESS).count())
        .isEqualTo(before);
  }

  @Test
  void theCsvKeepsSpreadsheetFormulasOutOfEveryTextCell() {
    var compared = new BatchFigures("=Tip-offs", List.of("=Tip-offs"), "@units", List.of("+2031"),
        List.of(new BatchFigures.Row("-Force", "FOI-2034-0001", new BigDecimal("-5"), Map.of("+2031", new BigDecimal("3")))));

    String csv = BatchController.csv(compared);

    assertThat(csv.lines().toList()).containsExactly(
        "authority,reference,metric,value,unit,'+2031",
        "'-Force,FOI-2034-0001,'=Tip-offs,-5,'@units,3");
  }
}
