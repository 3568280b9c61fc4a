package org.foiflow.requestpage;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Each user's secret calendar token (table calendar_token, V13): 32 random bytes, URL-safe. The
 * address holding it is the only key to the feed, so renewing replaces it at once.
 */
@Repository
class CalendarTokens {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;

  CalendarTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The user's token, made on first use. */
  String tokenOf(String userId) {
    Optional<String> token = find(userId);
    if (token.isPresent()) {
      return token.get();
    }
    try {
      String made = newToken();
      jdbc.sql("INSERT INTO calendar_token (user_id, token, created_at) VALUES (?, ?, ?)")
          .params(userId, made, OffsetDateTime.now())
          .update();
      return made;
    } catch (DuplicateKeyException madeMeanwhile) {
      // The same user's other tab or node made it first: theirs stands.
      return find(userId).orElseThrow();
    }
  }

  /** A new token for the user; the old one stops working. */
  String renew(String userId) {
    String made = newToken();
    int updated = jdbc.sql("UPDATE calendar_token SET token = ?, created_at = ? WHERE user_id = ?")
        .params(made, OffsetDateTime.now(), userId)
        .update();
    return updated == 1 ? made : tokenOf(userId);
  }

  /** Whose token this is, if anyone's. */
  Optional<String> owner(String token) {
    return jdbc.sql("SELECT user_id FROM calendar_token WHERE token = ?").param(token).query(String.class).optional();
  }

  private Optional<String> find(String userId) {
    return jdbc.sql("SELECT token FROM calendar_token WHERE user_id = ?").param(userId).query(String.class).optional();
  }

  private static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
