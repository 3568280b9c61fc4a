package org.foiflow.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.foiflow.security.Requesters;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** /api/holidays over HTTP: who may read and change the list, and what bad input gets. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HolidayApiTest {

  static final String ADMIN_PASSWORD = "Test-Owner-Secret-1";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  @Test
  void anyoneReadsAYearsHolidaysFromTheSeededTableWithoutLoggingIn() {
    ResponseEntity<List<Map<String, Object>>> answer =
        http.exchange("/api/holidays?year=2027", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getBody())
        .contains(
            Map.of("date", "2027-11-30", "name", "St Andrew's Day", "divisions", List.of("scotland")),
            Map.of("date", "2027-03-17", "name", "St Patrick's Day", "divisions", List.of("northern-ireland")));
    assertThat(answer.getBody())
        .anySatisfy(
            holiday -> {
              assertThat(holiday.get("date")).isEqualTo("2027-12-27");
              assertThat((List<Object>) holiday.get("divisions")).contains("england-and-wales", "scotland", "northern-ireland");
            });
    // Outside the official list's years, and for the US, the rules give the dates.
    assertThat(http.getForObject("/api/holidays?year=2035", String.class)).contains("\"2035-12-25\"").contains("\"us\"");
  }

  @Test
  void aBadYearGetsOneLine() {
    ResponseEntity<String> answer = http.getForEntity("/api/holidays?year=twenty", String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).isEqualTo("{\"error\":\"year: give a year from 1900 to 2200, e.g. year=2027\"}");
  }

  @Test
  void onlyAdministratorsChangeTheList() {
    Requesters.ensure(identityService);
    String holiday = "{\"date\": \"2034-06-13\", \"name\": \"Not added\", \"divisions\": [\"scotland\"]}";
    assertThat(post(http, holiday).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    TestRestTemplate requester = http.withBasicAuth(Requesters.A, Requesters.PASSWORD);
    assertThat(post(requester, holiday).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    TestRestTemplate editor = http.withBasicAuth(Requesters.EDITOR, Requesters.PASSWORD);
    assertThat(post(editor, holiday).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(delete(http, "/api/holidays/2027-11-30/scotland").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(delete(requester, "/api/holidays/2027-11-30/scotland").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(http.getForObject("/api/holidays?year=2034", String.class)).doesNotContain("Not added").contains("Andrew's Day");
    assertThat(http.getForObject("/api/holidays?year=2027", String.class)).contains("2027-11-30");
  }

  @Test
  void badInputGetsOneLineNamingTheField() {
    TestRestTemplate admin = http.withBasicAuth("admin", ADMIN_PASSWORD);
    assertRefused(admin, "{\"date\": \"2027-01-1", "the body is not JSON: send {\"date\": \"2027-01-15\", \"name\": \"...\", \"divisions\": [\"scotland\"]}");
    assertRefused(admin, "[1, 2]", "the body must be a JSON object: {\"date\": \"2027-01-15\", \"name\": \"...\", \"divisions\": [\"scotland\"]}");
    assertRefused(admin, "{\"date\": \"2027-02-30\", \"name\": \"X\", \"divisions\": [\"scotland\"]}", "date: give a date day first, e.g. 15/01/2027, or as 2027-01-15");
    assertRefused(admin, "{\"name\": \"X\", \"divisions\": [\"scotland\"]}", "date: give a date day first, e.g. 15/01/2027, or as 2027-01-15");
    assertRefused(admin, "{\"date\": \"2027-01-15\", \"name\": \"X\", \"divisions\": [\"wales\"]}",
        "divisions: 'wales' is not a division; use england-and-wales, scotland, northern-ireland, us, ireland");
    assertRefused(admin, "{\"date\": \"2027-01-15\", \"name\": \"X\", \"divisions\": []}",
        "divisions: give a list of one or more of england-and-wales, scotland, northern-ireland, us, ireland");
    assertRefused(admin, "{\"date\": \"2027-01-15\", \"name\": \"  \", \"divisions\": [\"scotland\"]}",
        "name: give the holiday's name, e.g. \"St Andrew's Day\"");
    assertRefused(admin, "{\"date\": \"2027-01-15\", \"name\": \"" + "x".repeat(201) + "\", \"divisions\": [\"scotland\"]}",
        "name: at most 200 characters, this one has 201");
    ResponseEntity<String> badDate = delete(admin, "/api/holidays/15-01-2027/scotland");
    assertThat(badDate.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(badDate.getBody()).isEqualTo("{\"error\":\"date: give a date day first, e.g. 15/01/2027, or as 2027-01-15\"}");
    assertThat(delete(admin, "/api/holidays/2027-01-15/mars").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<String> absent = delete(admin, "/api/holidays/2027-01-14/scotland");
    assertThat(absent.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(absent.getBody()).contains("no holiday on 2027-01-14 in Scotland");
    ResponseEntity<String> byRule = delete(admin, "/api/holidays/2035-12-25/scotland");
    assertThat(byRule.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(byRule.getBody()).contains("only the table's holidays can be removed");
  }

  private void assertRefused(TestRestTemplate admin, String body, String message) {
    ResponseEntity<Map<String, String>> answer =
        admin.exchange("/api/holidays", HttpMethod.POST, json(body), new ParameterizedTypeReference<>() {});
    assertThat(answer.getStatusCode()).as(body).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(answer.getBody()).isEqualTo(Map.of("error", message));
  }

  static ResponseEntity<String> post(TestRestTemplate as, String body) {
    return as.exchange("/api/holidays", HttpMethod.POST, json(body), String.class);
  }

  static ResponseEntity<String> delete(TestRestTemplate as, String path) {
    return as.exchange(path, HttpMethod.DELETE, null, String.class);
  }

  private static HttpEntity<String> json(String body) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    return new HttpEntity<>(body, headers);
  }
}
