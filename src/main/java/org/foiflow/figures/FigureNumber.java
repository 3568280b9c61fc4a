package org.foiflow.figures;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.foiflow.input.SentValue;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A figure's number, as {@link FigureValues#number} reads it; the message names the field and what is wrong. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = FigureNumber.Check.class)
@interface FigureNumber {

  /** The field in words, e.g. "value". */
  String name();

  String message() default "{name} is not a number";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<FigureNumber, JsonNode> {

    @Override
    public boolean isValid(JsonNode node, ConstraintValidatorContext context) {
      String problem = switch (FigureValues.number(node).verdict()) {
        case READ -> null;
        case MISSING -> "{name} is required";
        case NOT_NUMBER_OR_TEXT -> "{name} must be a number, not a list, object or true/false";
        case NOT_A_NUMBER -> "{name} {sent} is not a number like 1234.5";
        case OUT_OF_RANGE -> "{name} is out of range (at most " + FigureValues.MAX_DIGITS
            + " digits before the point and " + FigureValues.MAX_DECIMALS + " after)";
      };
      if (problem == null) {
        return true;
      }
      // A message parameter is put in as it stands, never read as a template: the sent text is safe.
      if (node != null) {
        context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("sent", SentValue.quoted(node.asText()));
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(problem).addConstraintViolation();
      return false;
    }
  }
}
