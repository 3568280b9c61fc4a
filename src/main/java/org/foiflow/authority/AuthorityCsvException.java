package org.foiflow.authority;

/** A CSV that cannot be imported; the message names the line and the field, e.g. "line 7: ...". */
public class AuthorityCsvException extends RuntimeException {

  AuthorityCsvException(long line, String problem) {
    super("line " + line + ": " + problem);
  }

  AuthorityCsvException(String problem) {
    super(problem);
  }
}
