package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What every refusal of hostile input looks like: a 400 with a short message, not the input. */
final class ShortRefusals {

  /** Longest answer to a refusal; enough for one message naming the field. */
  static final int MAX_BODY = 300;
  /** How much of what was sent a message may show. */
  static final int MAX_ECHO = 80;

  private ShortRefusals() {}

  private static String cut(String text) {
    return text.length() > 200 ? text.substring(0, 200) + "…" : text;
  }

  static void assertRefusedShortly(ResponseEntity<String> response, String payload) {
    String body = String.valueOf(response.getBody());
    String shown = cut(payload) + " -> " + cut(body);
    assertThat(response.getStatusCode()).as(shown).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(body.length()).as(shown).isLessThan(MAX_BODY);
    if (payload.length() > MAX_ECHO) {
      assertThat(body).as("echoes more than " + MAX_ECHO + " characters of the payload")
          .doesNotContain(payload.substring(0, MAX_ECHO + 1));
    }
  }
}
