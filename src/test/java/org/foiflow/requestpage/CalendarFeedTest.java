package org.foiflow.requestpage;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.LifecycleTest;
import org.foiflow.security.FoiGroups;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The deadlines feed at its secret address, read back with ical4j as a calendar app would. */
class CalendarFeedTest extends LifecycleTest {

  static final LocalDate FILED = LocalDate.of(2033, 11, 7);

  @Autowired TestRestTemplate http;

  String authority;

  @BeforeEach
  void requesters() {
    Requesters.ensure(identityService);
    authority = "Calendar Test Council " + UUID.randomUUID();
    today(FILED);
  }

  @Test
  void theFeedHasAnAllDayEventWithAReminderForEachOpenDeadlineAndOnlyTheUsersOwn() throws Exception {
    ProcessInstance mine = file(Requesters.A);
    ProcessInstance theirs = file(Requesters.B);

    String url = address(Requesters.A);
    assertThat(url).startsWith(servedAt() + "/calendar/").endsWith(".ics");
    ResponseEntity<String> feed = http.getForEntity(path(url), String.class);

    assertThat(feed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(feed.getHeaders().getContentType().toString()).startsWith("text/calendar");
    Calendar calendar = new CalendarBuilder().build(new StringReader(feed.getBody()));
    List<VEvent> events = calendar.getComponents("VEVENT");
    VEvent event = events.stream()
        .filter(e -> e.getSummary().getValue().startsWith(mine.getBusinessKey() + " "))
        .findFirst().orElseThrow(() -> new AssertionError(feed.getBody()));
    assertThat(event.getSummary().getValue())
        .isEqualTo(mine.getBusinessKey() + " " + authority + ": The authority's response is due");
    assertThat(event.getDateTimeStart().getValue()).isEqualTo(variable(mine, "statutoryDueDate").toString().replace("-", ""));
    assertThat(event.getDateTimeStart().getParameter("VALUE").map(Object::toString)).hasValue("VALUE=DATE");
    assertThat(event.getAlarms()).singleElement()
        .satisfies(alarm -> assertThat(alarm.getProperty(Property.TRIGGER).orElseThrow().getValue()).isEqualTo("-PT15H"));
    assertThat(feed.getBody()).doesNotContain(theirs.getBusinessKey());
  }

  @Test
  void renewingTheAddressMakesTheOldOneAnswer404() {
    file(Requesters.A);
    String old = address(Requesters.A);
    assertThat(address(Requesters.A)).as("the same address until renewed").isEqualTo(old);

    ResponseEntity<JsonNode> renewed =
        http.withBasicAuth(Requesters.A, Requesters.PASSWORD).postForEntity("/api/me/calendar", null, JsonNode.class);

    assertThat(renewed.getStatusCode()).isEqualTo(HttpStatus.OK);
    String url = renewed.getBody().get("url").asText();
    assertThat(url).isNotEqualTo(old);
    assertThat(http.getForEntity(path(old), String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity(path(url), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(address(Requesters.A)).isEqualTo(url);
    assertThat(http.getForEntity("/calendar/" + "x".repeat(43) + ".ics", String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity("/api/me/calendar", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  private String address(String user) {
    ResponseEntity<JsonNode> answer = http.withBasicAuth(user, Requesters.PASSWORD).getForEntity("/api/me/calendar", JsonNode.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return answer.getBody().get("url").asText();
  }

  /** The feed's path on this test's server (the address names the configured public one). */
  private static String path(String url) {
    return url.substring(url.indexOf("/calendar/"));
  }

  private ProcessInstance file(String requester) {
    Map<String, Object> form = new HashMap<>(Map.of("authorityName", authority, "sentDate", FILED.toString()));
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(requester, List.of(FoiGroups.REQUESTERS));
    try {
      return formService.submitStartForm(definitionId, requestForm(form));
    } finally {
      identityService.clearAuthentication();
    }
  }
}
