package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.foiflow.contract.RequestVariables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * "File an FOI request" opens with the requester's name and email from their Camunda profile,
 * read over HTTP as Tasklist reads the start form; someone without them in their profile gets
 * empty fields, and nobody gets another user's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StartFormFromProfileTest {

  private static final String WITH_PROFILE = "profile-requester";
  private static final String START_FORM = "/engine-rest/process-definition/key/foi-request/deployed-start-form";

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;

  @BeforeEach
  void users() {
    Requesters.ensure(identityService);
    if (identityService.createUserQuery().userId(WITH_PROFILE).count() == 0) {
      User user = identityService.newUser(WITH_PROFILE);
      user.setPassword(Requesters.PASSWORD);
      user.setFirstName("Priya");
      user.setLastName("Reporter");
      user.setEmail("priya@example.org");
      identityService.saveUser(user);
      identityService.createMembership(WITH_PROFILE, FoiGroups.REQUESTERS);
    }
  }

  @Test
  void theRequestersNameAndEmailComeFromTheirProfile() throws Exception {
    JsonNode form = startForm(WITH_PROFILE);
    assertThat(field(form, RequestVariables.REQUESTER_NAME.name()).path("defaultValue").asText()).isEqualTo("Priya Reporter");
    assertThat(field(form, RequestVariables.REQUESTER_EMAIL.name()).path("defaultValue").asText()).isEqualTo("priya@example.org");
    assertThat(field(form, RequestVariables.SUBJECT.name()).has("defaultValue")).isFalse();
  }

  @Test
  void aProfileWithoutNameOrEmailFillsNothing() throws Exception {
    JsonNode form = startForm(Requesters.A);
    assertThat(field(form, RequestVariables.REQUESTER_NAME.name()).has("defaultValue")).isFalse();
    assertThat(field(form, RequestVariables.REQUESTER_EMAIL.name()).has("defaultValue")).isFalse();
  }

  private JsonNode startForm(String user) throws Exception {
    ResponseEntity<String> answer = new EngineApi(http, null).send(user, HttpMethod.GET, START_FORM, null);
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
    return json.readTree(answer.getBody());
  }

  private static JsonNode field(JsonNode form, String key) {
    for (JsonNode component : form.path("components")) {
      if (key.equals(component.path("key").asText())) {
        return component;
      }
    }
    throw new AssertionError("no field " + key + " in " + form);
  }
}
