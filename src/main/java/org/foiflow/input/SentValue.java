package org.foiflow.input;

/**
 * A value someone sent, as an error message shows it. Every package that refuses input quotes it
 * this way, so this depends on nothing else of FOI Flow.
 */
public final class SentValue {

  /** The most of a sent value an error message repeats (issue 14: about 80 characters). */
  public static final int ECHO_LIMIT = 80;

  private SentValue() {}

  /**
   * In quotes, on one line, and cut to {@value #ECHO_LIMIT} characters with "…", so that a huge
   * value cannot make a huge answer.
   */
  public static String quoted(Object value) {
    String text = String.valueOf(value);
    if (text.length() > ECHO_LIMIT) {
      int end = Character.isHighSurrogate(text.charAt(ECHO_LIMIT - 1)) ? ECHO_LIMIT - 1 : ECHO_LIMIT;
      text = text.substring(0, end) + "…";
    }
    return "'" + text.replaceAll("\\p{Cntrl}", "?") + "'";
  }
}
