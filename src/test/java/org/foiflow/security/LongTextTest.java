package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foiflow.security.ShortRefusals.assertRefusedShortly;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.mail.MailCatcher;
import org.foiflow.mail.MailCatcher.CaughtMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Texts as long as the forms allow (20,000 characters), five times Camunda's 4,000-character
 * String column, filed and answered over HTTP: stored whole, read back whole, emailed whole; one
 * character more is a short 400 and nothing is started or completed.
 */
class LongTextTest extends LifecycleTest {

  static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);
  static final int LIMIT = 20_000;

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;
  @Autowired MailCatcher catcher;

  @BeforeEach
  void onAMonday() {
    today(MONDAY);
  }

  /** Text of exactly {@code length} characters: paragraphs, accents, and one line of 6,000. */
  static String text(int length) {
    StringBuilder text = new StringBuilder("Please tell me, for each year since 2014: ");
    text.append("a".repeat(6_000)).append('\n');
    for (int n = 1; text.length() < length; n++) {
      text.append("Question ").append(n).append(": how many café inspections cost over €500?\n");
    }
    text.setLength(length - 1);
    return text.append('?').toString();
  }

  @Test
  void aRequestTextAtTheLimitIsStoredAndEmailedWhole() {
    String requestText = text(LIMIT);
    ResponseEntity<String> filed = fileOverHttp(requestText, UUID.randomUUID().toString());
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance request =
        runtimeService.createProcessInstanceQuery().processInstanceId(forms().startedId(filed)).singleResult();
    assertThat(request.getBusinessKey()).matches("FOI-\\d{4}-\\d{4}");

    assertThat(runtimeService.getVariable(request.getId(), "requestText")).isEqualTo(requestText);
    runDueJobs(request);
    List<CaughtMail> letters =
        catcher.caught().stream().filter(mail -> mail.subject().startsWith("Freedom of Information request " + request.getBusinessKey())).toList();
    assertThat(letters).singleElement()
        .satisfies(letter -> assertThat(letter.body().replace("\r\n", "\n")).contains(requestText));
  }

  @Test
  void aRequestTextOneCharacterOverTheLimitStartsNothing() {
    String subject = UUID.randomUUID().toString();
    String requestText = text(LIMIT + 1);
    assertRefusedShortly(fileOverHttp(requestText, subject), requestText);
    assertThat(runtimeService.createProcessInstanceQuery().variableValueEquals("subject", subject).count()).isZero();
  }

  @Test
  void responseNotesAtTheLimitAreStoredWholeAndOneMoreIsRefused() {
    ProcessInstance request = fileRequest(Map.of());
    String notes = text(LIMIT + 1);
    assertRefusedShortly(respondOverHttp(request, notes), notes);
    assertThat(openTask(request).getTaskDefinitionKey()).isEqualTo("Task_RecordResponse");

    notes = text(LIMIT);
    ResponseEntity<String> answered = respondOverHttp(request, notes);
    assertThat(answered.getStatusCode()).as(answered.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(variable(request, "responseNotes")).isEqualTo(notes);
  }

  @Test
  void aClarificationWithoutALimitOfItsOwnIsBoundedLikeEveryFormText() {
    ProcessInstance request = fileRequest(Map.of());
    ObjectNode asked = json.createObjectNode();
    FormsOverHttp.put(asked, "response", "CLARIFICATION_REQUESTED");
    FormsOverHttp.put(asked, "responseDate", MONDAY.toString());
    assertThat(forms().submitTask(openTask(request).getId(), asked).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    String clarification = text(LIMIT + 1);
    ObjectNode sent = json.createObjectNode();
    FormsOverHttp.put(sent, "clarificationDate", MONDAY.toString());
    FormsOverHttp.put(sent, "clarificationText", clarification);
    assertRefusedShortly(forms().submitTask(openTask(request).getId(), sent), clarification);
    assertThat(openTask(request).getTaskDefinitionKey()).isEqualTo("Task_SendClarification");
  }

  @Test
  void aTextThatFitsTheColumnStaysAPlainString() {
    String requestText = text(4_000);
    ResponseEntity<String> filed = fileOverHttp(requestText, UUID.randomUUID().toString());
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    String id = forms().startedId(filed);
    assertThat(runtimeService.getVariableTyped(id, "requestText").getType().getName()).isEqualTo("string");
    assertThat(runtimeService.getVariable(id, "requestText")).isEqualTo(requestText);
  }

  private ResponseEntity<String> fileOverHttp(String requestText, String subject) {
    return forms().file(FormsOverHttp.put(forms().requestForm(subject, MONDAY), "requestText", requestText));
  }

  private ResponseEntity<String> respondOverHttp(ProcessInstance request, String notes) {
    ObjectNode variables = json.createObjectNode();
    FormsOverHttp.put(variables, "response", "IN_FULL");
    FormsOverHttp.put(variables, "responseDate", MONDAY.toString());
    FormsOverHttp.put(variables, "responseNotes", notes);
    return forms().submitTask(openTask(request).getId(), variables);
  }

  private FormsOverHttp forms() {
    return new FormsOverHttp(http, json);
  }
}
