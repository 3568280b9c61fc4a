package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A requester (group foi-requesters, not an administrator) files and answers a request in
 * Tasklist: every call Tasklist makes for them passes FOI Flow's engine door guard
 * (org.foiflow.security.EngineDoorFilter), which closes to requesters what the forms do not check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RequesterInTheBrowserTest {

  private static final String REQUESTER = "browser-requester";
  private static final String PASSWORD = "Browser-Test-Secret-9";

  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-requester-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired HistoryService historyService;
  @Autowired TaskService taskService;

  @Test
  void aRequesterFilesAndAnswersARequestInTasklist() {
    if (identityService.createUserQuery().userId(REQUESTER).count() == 0) {
      User user = identityService.newUser(REQUESTER);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(REQUESTER, "foi-requesters");
    }
    browser = browsers.at(port);
    String subject = "Requester browser test " + UUID.randomUUID().toString().substring(0, 8);

    TasklistPage tasklist = TasklistPage.open(browser, REQUESTER, PASSWORD);
    tasklist.startProcess("FOI request", "File an FOI request")
        .type("Field_authorityName", "Home Office")
        .type("Field_authorityEmail", "foirequests@homeoffice.gov.uk")
        .type("Field_subject", subject)
        .type("Field_requestText", "How many tip-offs did MPs pass to immigration enforcement?")
        .pick("Field_sendBy", "I sent it another way")
        .type("Field_requesterName", "Rita Requester")
        .type("Field_requesterEmail", "rita@example.org");
    tasklist.start();

    List<HistoricProcessInstance> filed =
        historyService.createHistoricProcessInstanceQuery().processDefinitionKey("foi-request").variableValueEquals("subject", subject).list();
    assertThat(filed).hasSize(1);
    String instanceId = filed.get(0).getId();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(task.getAssignee()).isEqualTo(REQUESTER);

    tasklist.taskInList(task.getId());
    tasklist.openTask(task.getId(), "Record the authority's response")
        .choose("Field_response", "Information not held")
        .date("Field_responseDate", LocalDate.now(ZoneId.of("Europe/London")));
    browser.screenshot("07-requester-records-not-held");
    tasklist.complete();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).singleResult())
            .extracting(Task::getName, org.assertj.core.api.InstanceOfAssertFactories.STRING)
            .startsWith("Decide whether to ask for an internal review: FOI-"));
  }
}
