package org.foiflow.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/** The test users, made through the identity service as Camunda Admin would; each only once. */
public final class Requesters {

  public static final String A = "requester-a";
  public static final String B = "requester-b";
  public static final String EDITOR = "editor";
  public static final String PASSWORD = "Test-User-Secret-1";

  private Requesters() {}

  public static void ensure(IdentityService identity) {
    ensure(identity, A, FoiGroups.REQUESTERS);
    ensure(identity, B, FoiGroups.REQUESTERS);
    ensure(identity, EDITOR, FoiGroups.EDITORS);
  }

  private static void ensure(IdentityService identity, String userId, String groupId) {
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setPassword(PASSWORD);
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }

  /** Runs {@code work} as {@code userId} with their groups, as the REST and web logins do. */
  static <T> T as(IdentityService identity, String userId, java.util.function.Supplier<T> work) {
    List<String> groups =
        identity.createGroupQuery().groupMember(userId).list().stream().map(g -> g.getId()).toList();
    identity.setAuthentication(userId, groups);
    try {
      return work.get();
    } finally {
      identity.clearAuthentication();
    }
  }
}
