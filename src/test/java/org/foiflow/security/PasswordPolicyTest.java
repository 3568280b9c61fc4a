package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PasswordPolicyTest {

  @Autowired IdentityService identityService;

  @Test
  void aWeakPasswordIsRefusedWhenAUserIsSaved() {
    for (String weak : new String[] {"short-A1", "no-upper-case-1", "No-Digits-Here", "NoSpecial123", "Policy-Probe-1"}) {
      User user = identityService.newUser("policy-probe");
      user.setPassword(weak);
      assertThatThrownBy(() -> identityService.saveUser(user))
          .as(weak)
          .isInstanceOf(ProcessEngineException.class)
          .hasMessageContaining("Password does not match policy");
    }
    assertThat(identityService.createUserQuery().userId("policy-probe").count()).isZero();
  }

  @Test
  void aPasswordThatMeetsThePolicyIsAccepted() {
    String userId = "policy-strong-probe";
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword("Strong-Probe-Secret-1");
      identityService.saveUser(user);
    }
    assertThat(identityService.checkPassword(userId, "Strong-Probe-Secret-1")).isTrue();
  }
}
