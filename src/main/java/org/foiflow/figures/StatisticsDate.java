package org.foiflow.figures;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.format.DateTimeParseException;
import org.foiflow.contract.IsoDates;
import org.foiflow.input.SentValue;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/** A date a figure's period starts or ends: day first or yyyy-MM-dd, within the years statistics can cover. Null is for @NotNull. */
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
@Constraint(validatedBy = StatisticsDate.Check.class)
@interface StatisticsDate {

  /** The field in words, e.g. "period from". */
  String name();

  String message() default "{name} {sent} is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Check implements ConstraintValidator<StatisticsDate, String> {

    @Override
    public boolean isValid(String text, ConstraintValidatorContext context) {
      if (text == null || FigureValues.date(text) != null) {
        return true;
      }
      context.unwrap(HibernateConstraintValidatorContext.class).addMessageParameter("sent", SentValue.quoted(text));
      if (readable(text)) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(
                "{name} {sent} is outside " + FigureValues.FIRST_YEAR + "-" + FigureValues.LAST_YEAR)
            .addConstraintViolation();
      }
      return false;
    }

    private static boolean readable(String text) {
      try {
        IsoDates.parseTyped(text);
        return true;
      } catch (DateTimeParseException notADate) {
        return false;
      }
    }
  }
}
