package org.foiflow.figures;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Response;
import org.foiflow.form.SubmittedForm;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks the disclosed figures of a "Record the authority's response" submission and reads them:
 * {@link SubmittedFigures} reads their shape, Bean Validation checks each {@link SubmittedFigure}.
 * Every mistake is reported with its figure's number, and nothing is stored while there is one.
 * It runs at the door (the form's rules) and again before the figures are stored, because an
 * administrator's REST call to complete a task skips the form's rules.
 */
public final class FigureRules {

  public static final String FIELD = SubmittedFigures.FIELD;
  static final int MAX_FIGURES = 200;

  /** Messages from parameters only, no expression language: nothing sent is ever evaluated. */
  private static final Validator VALIDATOR =
      Validation.byDefaultProvider().configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .buildValidatorFactory()
          .getValidator();
  /** Problems in the order of the form's fields; the period's order after its end. */
  private static final List<String> FIELD_ORDER = List.of(
      "metric", "value", "unit", "periodFrom", "periodTo", "periodInOrder", "breakdown", "sourceDocument", "sourcePage", "notes");

  /**
   * The figures submitted with {@code response}, with the request's reference, authority and
   * response date from the form; empty if there are none or if any is wrong (then the problems
   * are on {@code form}).
   */
  public List<Figure> check(SubmittedForm form, Response response) {
    List<SubmittedFigures.Filled> filled = SubmittedFigures.filled(form);
    if (filled.isEmpty()) {
      return List.of();
    }
    if (response == null || !response.discloses()) {
      form.problem(FIELD, "Figures can only be recorded with information provided in full or in part");
      return List.of();
    }
    if (filled.size() > MAX_FIGURES) {
      form.problem(FIELD, "Too many figures (" + filled.size() + ", at most " + MAX_FIGURES + ")");
      return List.of();
    }
    int before = form.problems().size();
    List<Figure> figures = new ArrayList<>();
    for (SubmittedFigures.Filled entry : filled) {
      SubmittedFigure figure = SubmittedFigures.read(entry, form);
      if (figure == null) {
        continue;
      }
      List<ConstraintViolation<SubmittedFigure>> problems =
          VALIDATOR.validate(figure).stream().sorted(Comparator.comparing(FigureRules::place)).toList();
      for (ConstraintViolation<SubmittedFigure> problem : problems) {
        report(problem, entry, form);
      }
      if (problems.isEmpty()) {
        figures.add(figure.toFigure(
            form.text(RequestVariables.REFERENCE.name()),
            form.text(RequestVariables.AUTHORITY_NAME.name()),
            // The response form checks this date itself; a wrong one is reported there, not twice.
            IsoDates.orNull(form.text(RequestVariables.RESPONSE_DATE.name()))));
      }
    }
    return form.problems().size() == before ? figures : List.of();
  }

  /** "figures[2].breakdown[1].value: Figure 2: breakdown row 1 value '1,000' is not a number like 1234.5". */
  private static void report(ConstraintViolation<SubmittedFigure> problem, SubmittedFigures.Filled entry, SubmittedForm form) {
    Iterator<Path.Node> path = problem.getPropertyPath().iterator();
    Path.Node field = path.next();
    if (field.getName().equals("breakdown") && field.getIndex() == null && path.hasNext()) {
      field = path.next(); // a row's field: its node carries the row's index
    }
    if (field.getIndex() != null) {
      int row = field.getIndex() + 1;
      entry.problem(form, ".breakdown[" + row + "]." + field.getName(), "breakdown row " + row + " " + problem.getMessage());
    } else {
      String name = field.getName().equals("periodInOrder") ? "periodTo" : field.getName();
      entry.problem(form, "." + name, problem.getMessage());
    }
  }

  /** Where a problem is, for sorting: the field's place on the form, then the breakdown row, its label first. */
  private static String place(ConstraintViolation<SubmittedFigure> problem) {
    Iterator<Path.Node> path = problem.getPropertyPath().iterator();
    String field = path.next().getName();
    Path.Node row = path.hasNext() ? path.next() : null;
    return String.format("%02d%06d%s", FIELD_ORDER.indexOf(field),
        row == null || row.getIndex() == null ? 0 : row.getIndex(), row == null ? "" : row.getName());
  }
}
