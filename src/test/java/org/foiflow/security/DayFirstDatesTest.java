package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.contract.RequestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Dates typed day first, the UK habit, through the forms' HTTP door: "02/12/2038" is 2 December
 * (not 12 February) and stored as 2038-12-02; a date that a month-first habit could read another way is refused
 * with a message naming the field.
 */
class DayFirstDatesTest extends LifecycleTest {

  static final LocalDate THURSDAY = LocalDate.of(2038, 12, 2);

  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  @BeforeEach
  void onAThursday() {
    today(THURSDAY);
  }

  @Test
  void aDayFirstDateIsStoredAsTheDayItNames() {
    ResponseEntity<String> filed = forms().file(withSentDate("02/12/2038"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance request =
        runtimeService.createProcessInstanceQuery().processInstanceId(forms().startedId(filed)).singleResult();
    assertThat(variable(request, RequestVariables.SENT_DATE.name())).isEqualTo("2038-12-02");

    ObjectNode response = json.createObjectNode();
    FormsOverHttp.put(response, RequestVariables.RESPONSE.name(), "IN_FULL");
    FormsOverHttp.put(response, RequestVariables.RESPONSE_DATE.name(), "2/12/2038");
    assertThat(forms().submitTask(openTask(request).getId(), response).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(request.getId())
            .variableName(RequestVariables.RESPONSE_DATE.name()).singleResult().getValue())
        .isEqualTo("2038-12-02");
  }

  @Test
  void anIsoDateIsTakenAsItIs() {
    ResponseEntity<String> filed = forms().file(withSentDate("2038-12-02"));
    assertThat(filed.getStatusCode()).as(filed.getBody()).isEqualTo(HttpStatus.OK);
    ProcessInstance request =
        runtimeService.createProcessInstanceQuery().processInstanceId(forms().startedId(filed)).singleResult();
    assertThat(variable(request, RequestVariables.SENT_DATE.name())).isEqualTo("2038-12-02");
  }

  @Test
  void aDateThatCouldBeReadTwoWaysIsRefusedNamingTheField() {
    for (String twoWays : new String[] {"2038/12/02", "02/12/38", "12-02-2038", "31/11/2038"}) {
      ResponseEntity<String> refused = forms().file(withSentDate(twoWays));
      assertThat(refused.getStatusCode()).as(twoWays).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(refused.getBody())
          .contains("Date sent '" + twoWays + "' is not a date (day first, e.g. 02/12/2026, or 2026-12-02)")
          .doesNotContain("DateTimeParseException").doesNotContain("Cannot instantiate");
    }
  }

  private ObjectNode withSentDate(String typed) {
    ObjectNode form = forms().requestForm("Day-first dates " + typed, THURSDAY);
    return FormsOverHttp.put(form, RequestVariables.SENT_DATE.name(), typed);
  }

  private FormsOverHttp forms() {
    return new FormsOverHttp(http, json);
  }
}
