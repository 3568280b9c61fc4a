package org.foiflow.admin;

import java.util.List;

/** FOIFLOW_ADMIN_PASSWORD breaks the password policy: FOI Flow does not start with it. */
class AdminPasswordRefused extends RuntimeException {

  AdminPasswordRefused(List<String> brokenRules) {
    super("FOIFLOW_ADMIN_PASSWORD does not meet the password policy: " + String.join(", ", brokenRules) + ".");
  }
}
