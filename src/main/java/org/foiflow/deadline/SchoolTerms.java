package org.foiflow.deadline;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.foiflow.deadline.DeadlineSettings.SchoolTerm;

/**
 * A school's terms written as one text, first and last day of each term, e.g.
 * {@code 2025-09-03/2025-10-24; 2025-11-03/2025-12-19}: the authority directory's
 * {@code term_dates} column and a school request's {@code schoolTerms} variable (issue 15, rule 7).
 */
public final class SchoolTerms {

  public static final String EXAMPLE = "2025-09-03/2025-10-24; 2025-11-03/2025-12-19";

  private SchoolTerms() {}

  /** The terms; empty for null or blank text. Bad text: IllegalArgumentException saying what is wrong. */
  public static List<SchoolTerm> parse(String text) {
    List<SchoolTerm> terms = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return terms;
    }
    for (String term : text.split(";")) {
      String[] days = term.strip().split("/");
      try {
        if (days.length != 2) {
          throw new IllegalArgumentException("no '/'");
        }
        terms.add(new SchoolTerm(LocalDate.parse(days[0].strip()), LocalDate.parse(days[1].strip())));
      } catch (DateTimeParseException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "term '" + term.strip() + "' is not first-day/last-day, e.g. " + EXAMPLE);
      }
    }
    return terms;
  }

  public static String format(List<SchoolTerm> terms) {
    return terms.stream().map(t -> t.firstDay() + "/" + t.lastDay()).collect(Collectors.joining("; "));
  }
}
