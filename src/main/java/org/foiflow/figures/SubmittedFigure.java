package org.foiflow.figures;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One disclosed figure as submitted, its text trimmed and its numbers as sent, with the rules it
 * must meet before it becomes a {@link Figure}. Messages read after "Figure 2: ".
 */
record SubmittedFigure(
    @NotNull(message = "metric is required")
    @Size(max = 200, message = "metric is too long (at most {max} characters)")
    String metric,
    @FigureNumber(name = "value")
    JsonNode value,
    @NotNull(message = "unit is required (e.g. tip-offs, pounds, officers)")
    @Size(max = 100, message = "unit is too long (at most {max} characters)")
    String unit,
    @NotNull(message = "period from is required")
    @StatisticsDate(name = "period from")
    String periodFrom,
    @NotNull(message = "period to is required")
    @StatisticsDate(name = "period to")
    String periodTo,
    @Size(max = 500, message = "breakdown has too many rows (at most {max})")
    List<@Valid Row> breakdown,
    @Size(max = 500, message = "source document is too long (at most {max} characters)")
    String sourceDocument,
    @Size(max = 50, message = "source page is too long (at most {max} characters)")
    String sourcePage,
    @Size(max = 4_000, message = "notes are too long (at most {max} characters)")
    String notes) {

  /** One row of the breakdown; messages read after "breakdown row 3 ". A row left blank is null, so rows keep their numbers. */
  record Row(
      @NotNull(message = "needs a label (e.g. 2015, Wales)")
      @Size(max = 200, message = "label is too long (at most {max} characters)")
      String label,
      @FigureNumber(name = "value")
      JsonNode value) {}

  @AssertTrue(message = "the period ends before it starts")
  boolean isPeriodInOrder() {
    LocalDate from = FigureValues.date(periodFrom);
    LocalDate to = FigureValues.date(periodTo);
    return from == null || to == null || !to.isBefore(from);
  }

  /** The figure, once it meets every rule, as belonging to the request it was recorded on. */
  Figure toFigure(String reference, String authority, LocalDate responseDate) {
    return new Figure(
        reference, authority, metric, FigureValues.number(value).value(), unit,
        FigureValues.date(periodFrom), FigureValues.date(periodTo),
        breakdown.stream().filter(Objects::nonNull).map(row -> new Figure.Breakdown(row.label(), FigureValues.number(row.value()).value())).toList(),
        sourceDocument, sourcePage, notes, responseDate);
  }
}
