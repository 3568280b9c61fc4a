package org.foiflow.security;

import org.springframework.http.HttpStatus;

/** The JSON body of an error FOI Flow answers itself: one line in words, nothing internal. */
final class ErrorBody {

  private ErrorBody() {}

  static String forStatus(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    String words = known == null ? "error " + status : known.getReasonPhrase().toLowerCase();
    return "{\"error\":\"" + words + "\"}";
  }
}
