package org.foiflow.admin;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Creates the `admin` user at first start. Its password comes from FOIFLOW_ADMIN_PASSWORD; when
 * that is unset a random one is generated and logged once, so there is never a fixed default.
 * Either way it meets the engine's password policy: a configured one that does not stops start-up.
 */
@Component
public class AdminAccount {

  static final String ADMIN_ID = "admin";
  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  private final IdentityService identityService;
  private final String configuredPassword;

  public AdminAccount(
      IdentityService identityService,
      @Value("${foiflow.admin.password:}") String configuredPassword) {
    this.identityService = identityService;
    this.configuredPassword = configuredPassword;
  }

  public void createAdminOnFirstStart() {
    if (identityService.createUserQuery().userId(ADMIN_ID).count() == 0) {
      boolean generated = configuredPassword.isBlank();
      User admin = identityService.newUser(ADMIN_ID);
      admin.setFirstName("FOI Flow");
      admin.setLastName("Administrator");
      PasswordPolicy policy = identityService.getPasswordPolicy();
      String password = generated ? AdminPassword.generate(policy, admin) : configuredPassword;
      List<String> broken = AdminPassword.brokenRules(policy, password, admin);
      if (!broken.isEmpty()) {
        throw new AdminPasswordRefused(broken);
      }
      admin.setPassword(password);
      identityService.saveUser(admin);
      if (generated) {
        LOG.warn(
            "\n\n  Created user '{}' with generated password: {}\n"
                + "  It is shown only this once. Set FOIFLOW_ADMIN_PASSWORD before the first start"
                + " to choose it.\n",
            ADMIN_ID,
            password);
      } else {
        LOG.info("Created user '{}' with the password from FOIFLOW_ADMIN_PASSWORD", ADMIN_ID);
      }
    }
    // The camunda-admin group and its grants come from FoiGroups, which runs before this.
    if (identityService.createUserQuery().userId(ADMIN_ID).memberOfGroup(Groups.CAMUNDA_ADMIN).count() == 0) {
      identityService.createMembership(ADMIN_ID, Groups.CAMUNDA_ADMIN);
    }
  }
}
