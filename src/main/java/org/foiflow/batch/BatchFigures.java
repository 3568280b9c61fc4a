package org.foiflow.batch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiflow.figures.Figure;

/**
 * One metric's figures across a batch's members, side by side: a row per authority, a column
 * per breakdown label (e.g. per year), in the order the labels first appear.
 *
 * @param metric the metric compared, or null when no member has disclosed a figure yet
 * @param metrics every metric the members' figures have, for choosing another
 */
record BatchFigures(String metric, List<String> metrics, String unit, List<String> labels, List<Row> rows) {

  /** One authority's figure: its total and its breakdown by label. */
  record Row(String authority, String reference, BigDecimal value, Map<String, BigDecimal> breakdown) {}

  /** Compares {@code metric} (ignoring case), or the first metric when null or not used. */
  static BatchFigures of(List<Figure> figures, String metric) {
    List<String> metrics = new ArrayList<>(new LinkedHashSet<>(figures.stream().map(Figure::metric).toList()));
    String chosen =
        metrics.stream().filter(m -> metric != null && m.toLowerCase(Locale.ROOT).equals(metric.strip().toLowerCase(Locale.ROOT)))
            .findFirst()
            .orElse(metrics.isEmpty() ? null : metrics.get(0));
    LinkedHashSet<String> labels = new LinkedHashSet<>();
    List<Row> rows = new ArrayList<>();
    String unit = null;
    for (Figure figure : figures) {
      if (!figure.metric().equals(chosen)) {
        continue;
      }
      unit = unit == null ? figure.unit() : unit;
      Map<String, BigDecimal> breakdown = new LinkedHashMap<>();
      for (Figure.Breakdown part : figure.breakdown()) {
        labels.add(part.label());
        breakdown.merge(part.label(), part.value(), BigDecimal::add);
      }
      rows.add(new Row(figure.authority(), figure.reference(), figure.value(), breakdown));
    }
    return new BatchFigures(chosen, metrics, unit, List.copyOf(labels), rows);
  }
}
