package org.foiflow.admin;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;

/** The admin's first password against the engine's password policy: generated to meet it, or checked. */
final class AdminPassword {

  // Letters, digits and specials that need no quoting when pasted into a shell.
  private static final String ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789-_.+=@%";
  private static final int GENERATED_LENGTH = 24;
  private static final SecureRandom RANDOM = new SecureRandom();

  private AdminPassword() {}

  /** A random password; drawn again until it meets the policy (it rarely misses a kind of character). */
  static String generate(PasswordPolicy policy, User admin) {
    String password;
    do {
      StringBuilder chars = new StringBuilder(GENERATED_LENGTH);
      for (int i = 0; i < GENERATED_LENGTH; i++) {
        chars.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
      }
      password = chars.toString();
    } while (!brokenRules(policy, password, admin).isEmpty());
    return password;
  }

  /** How the password breaks each rule, in words; nothing when the policy is off (null). */
  static List<String> brokenRules(PasswordPolicy policy, String password, User admin) {
    if (policy == null) {
      return List.of();
    }
    return policy.getRules().stream()
        .filter(rule -> !rule.execute(password, admin))
        .map(AdminPassword::inWords)
        .toList();
  }

  private static String inWords(PasswordPolicyRule rule) {
    Map<String, String> parameters = rule.getParameters() == null ? Map.of() : rule.getParameters();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "fewer than " + parameters.get("minLength") + " characters";
      case "PASSWORD_POLICY_LOWERCASE" -> lacks(parameters.get("minLowerCase"), "lower-case letter");
      case "PASSWORD_POLICY_UPPERCASE" -> lacks(parameters.get("minUpperCase"), "upper-case letter");
      case "PASSWORD_POLICY_DIGIT" -> lacks(parameters.get("minDigit"), "digit");
      case "PASSWORD_POLICY_SPECIAL" -> lacks(parameters.get("minSpecial"), "special character");
      case "PASSWORD_POLICY_USER_DATA" -> "contains the user id, a name or the email";
      default -> "breaks " + rule.getPlaceholder();
    };
  }

  private static String lacks(String minimum, String kind) {
    return "1".equals(minimum) ? "no " + kind : "fewer than " + minimum + " of " + kind + "s";
  }
}
