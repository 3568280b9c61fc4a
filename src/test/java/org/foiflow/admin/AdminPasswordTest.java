package org.foiflow.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** The start-up check of the admin's first password, against Camunda's default policy (no engine). */
class AdminPasswordTest {

  private final DefaultPasswordPolicyImpl policy = new DefaultPasswordPolicyImpl();
  private final User admin = admin();

  @Test
  void generatedPasswordsMeetThePolicy() {
    for (int i = 0; i < 1000; i++) {
      assertThat(AdminPassword.brokenRules(policy, AdminPassword.generate(policy, admin), admin)).isEmpty();
    }
  }

  @Test
  void aCompliantPasswordPasses() {
    assertThat(AdminPassword.brokenRules(policy, "Test-Owner-Secret-1", admin)).isEmpty();
  }

  @Test
  void aWeakPasswordIsRefusedWithOneLineNamingTheRulesItBreaks() {
    var broken = AdminPassword.brokenRules(policy, "choose-a-long-one", admin);
    assertThat(broken).containsExactly("no upper-case letter", "no digit");
    assertThat(new AdminPasswordRefused(broken).getMessage())
        .isEqualTo("FOIFLOW_ADMIN_PASSWORD does not meet the password policy: no upper-case letter, no digit.");
    assertThat(AdminPassword.brokenRules(policy, "secret", admin))
        .containsExactly("fewer than 10 characters", "no upper-case letter", "no digit", "no special character");
  }

  @Test
  void thePasswordMustNotContainTheAdminsIdOrNames() {
    assertThat(AdminPassword.brokenRules(policy, "My-admin-Password-1", admin))
        .containsExactly("contains the user id, a name or the email");
    assertThat(AdminPassword.brokenRules(policy, "Administrator-2026!", admin))
        .containsExactly("contains the user id, a name or the email");
  }

  @Test
  void theFailureAnalysisIsTheRefusalsLine() {
    var refusal = new AdminPasswordRefused(AdminPassword.brokenRules(policy, "short", admin));
    var analysis = new AdminPasswordRefusedAnalyzer().analyze(new IllegalStateException("wrapper", refusal));
    assertThat(analysis.getDescription()).isEqualTo(refusal.getMessage()).doesNotContain("\n");
  }

  @Test
  void noPolicyNoRules() {
    assertThat(AdminPassword.brokenRules(null, "short", admin)).isEmpty();
  }

  private static User admin() {
    User user = new UserEntity(AdminAccount.ADMIN_ID);
    user.setFirstName("FOI Flow");
    user.setLastName("Administrator");
    return user;
  }
}
