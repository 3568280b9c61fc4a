package org.foiflow.input;

/**
 * A request parameter an /api endpoint cannot use. Its message names the parameter and says
 * what is wrong in words; {@link InvalidParameterAdvice} answers it as 400.
 */
public final class InvalidParameter extends RuntimeException {

  public InvalidParameter(String message) {
    super(message, null, false, false);
  }
}
