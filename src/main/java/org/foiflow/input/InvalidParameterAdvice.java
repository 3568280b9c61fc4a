package org.foiflow.input;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Every /api controller's bad parameter, answered once: 400 as an RFC 9457 problem
 * (application/problem+json) whose {@code detail} is the one-line message. A refusal stays short
 * (HugeNumbersTest): the message is not repeated.
 */
@RestControllerAdvice
public class InvalidParameterAdvice {

  @ExceptionHandler(InvalidParameter.class)
  ProblemDetail badParameter(InvalidParameter e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Bad request");
    return problem;
  }
}
