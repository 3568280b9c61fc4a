package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * Wrong passwords slow the next login down (at most a minute) but never lock a user for good:
 * anyone can send wrong passwords for any user id. The engine clock is moved instead of waiting.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class AccountLockoutTest {

  static final String PROTECTED = "/api/requests/deadlines";
  static final String PASSWORD = "Lockout-Probe-Secret-1";
  static final String WRONG = "Wrong-Guess-Secret-1";
  static final long LONGEST_WAIT_SECONDS = 60;

  @Autowired TestRestTemplate http;
  @Autowired IdentityService identityService;

  private Instant now = Instant.now();

  @Test
  void fiftyWrongPasswordsOverBasicDelayTheRightOneByAMinuteAtMost() {
    String user = probe("lockout-basic");
    try {
      tick(0);
      for (int attempt = 1; attempt <= 50; attempt++) {
        assertThat(basic(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
        tick(LONGEST_WAIT_SECONDS); // each wrong attempt counts: none falls in a wait
      }
      assertThat(basic(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
      // Still throttled: during the wait even the right password fails...
      tick(1);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
      tick(LONGEST_WAIT_SECONDS - 2);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
      // ...and after it the right password works, and resets the count.
      tick(1);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.OK);
      assertThat(basic(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
      tick(3);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.OK);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void theFirstWaitsAreShort() {
    String user = probe("lockout-short");
    try {
      tick(0);
      assertThat(basic(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
      tick(3);
      assertThat(basic(user, WRONG)).isEqualTo(HttpStatus.UNAUTHORIZED);
      tick(5);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
      tick(1);
      assertThat(basic(user, PASSWORD)).isEqualTo(HttpStatus.OK);
    } finally {
      ClockUtil.reset();
    }
  }

  @Test
  void wrongPasswordsAtTheWebappLoginDoNotLockForGoodEither() {
    String user = probe("lockout-webapp");
    try {
      tick(0);
      for (int attempt = 1; attempt <= 15; attempt++) {
        assertThat(WebappSession.login(http, "tasklist", user, WRONG).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        tick(LONGEST_WAIT_SECONDS);
      }
      assertThat(WebappSession.login(http, "tasklist", user, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    } finally {
      ClockUtil.reset();
    }
  }

  /** A user of its own for each test: the attempts count per user, and tests share one engine. */
  private String probe(String userId) {
    if (identityService.createUserQuery().userId(userId).count() == 0) {
      User user = identityService.newUser(userId);
      user.setPassword(PASSWORD);
      identityService.saveUser(user);
      identityService.createMembership(userId, FoiGroups.REQUESTERS);
    }
    identityService.unlockUser(userId);
    return userId;
  }

  private void tick(long seconds) {
    now = now.plusSeconds(seconds);
    ClockUtil.setCurrentTime(Date.from(now));
  }

  private HttpStatusCode basic(String user, String password) {
    return http.withBasicAuth(user, password).getForEntity(PROTECTED, String.class).getStatusCode();
  }
}
