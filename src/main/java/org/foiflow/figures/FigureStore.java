package org.foiflow.figures;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The disclosed figures tables (V3__figures.sql) and the metrics in use (V5__known_metrics.sql). */
@Repository
public class FigureStore {

  /** The form offers the metrics in use; beyond this many a list is no help to pick from. */
  static final int MAX_KNOWN_METRICS = 500;

  private final JdbcClient jdbc;
  /**
   * A new metric's row is inserted under a savepoint: when two responses bring the same new metric
   * at once, the later INSERT fails, and on PostgreSQL a failed statement aborts the whole
   * transaction (SQL state 25P02) unless rolled back to a savepoint.
   */
  private final TransactionTemplate savepoint;

  public FigureStore(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.savepoint = new TransactionTemplate(transactions);
    this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
  }

  /** Runs inside the engine's transaction when called from a delegate, so it is all or nothing. */
  public void add(List<Figure> figures, OffsetDateTime recordedAt) {
    for (Figure figure : figures) {
      KeyHolder key = new GeneratedKeyHolder();
      jdbc.sql(
              "INSERT INTO disclosed_figure (request_reference, authority_name, metric, metric_key,"
                  + " figure_value, unit, period_from, period_to, source_document, source_page, notes,"
                  + " response_date, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(
              figure.reference(), figure.authority(), figure.metric(), metricKey(figure.metric()),
              figure.value(), figure.unit(), figure.periodFrom(), figure.periodTo(),
              figure.sourceDocument(), figure.sourcePage(), figure.notes(), figure.responseDate(),
              recordedAt)
          .update(key, "id");
      long id = key.getKey().longValue();
      int row = 0;
      for (Figure.Breakdown item : figure.breakdown()) {
        jdbc.sql("INSERT INTO disclosed_figure_breakdown (figure_id, row_no, label, breakdown_value) VALUES (?, ?, ?, ?)")
            .params(id, ++row, item.label(), item.value())
            .update();
      }
      remember(figure.metric());
    }
  }

  /** Adds the metric to the known ones, or gives a known one this spelling if it sorts first. */
  private void remember(String metric) {
    String key = metricKey(metric);
    if (jdbc.sql("SELECT COUNT(*) FROM known_metric WHERE metric_key = ?").param(key).query(Long.class).single() == 0) {
      try {
        savepoint.executeWithoutResult(
            status -> jdbc.sql("INSERT INTO known_metric (metric_key, metric) VALUES (?, ?)").params(key, metric).update());
        return;
      } catch (DuplicateKeyException raced) {
        // Another response brought this metric first: its row is there now.
      }
    }
    // Only a row whose spelling changes is locked, so responses with known metrics never wait.
    jdbc.sql("UPDATE known_metric SET metric = ? WHERE metric_key = ? AND metric > ?").params(metric, key, metric).update();
  }

  /**
   * Figures matching every given filter (null = any), ordered by metric, authority and period so
   * that one metric across authorities reads as one table.
   */
  public List<Figure> find(FigureQuery query) {
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    List<Object> params = new ArrayList<>();
    if (query.authority() != null) {
      where.append(" AND LOWER(f.authority_name) LIKE ? ESCAPE '\\'");
      params.add("%" + escapeLike(query.authority().trim().toLowerCase(Locale.ROOT)) + "%");
    }
    if (query.metric() != null) {
      where.append(" AND f.metric_key = ?");
      params.add(metricKey(query.metric()));
    }
    if (query.reference() != null) {
      where.append(" AND f.request_reference = ?");
      params.add(query.reference().trim());
    }
    // A figure counts if its period overlaps [from, to].
    if (query.from() != null) {
      where.append(" AND f.period_to >= ?");
      params.add(query.from());
    }
    if (query.to() != null) {
      where.append(" AND f.period_from <= ?");
      params.add(query.to());
    }
    return query(where, params);
  }

  /** The figures of these requests (a batch's members), ordered as {@link #find} orders them. */
  public List<Figure> findForRequests(java.util.Collection<String> references) {
    if (references.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder(" WHERE f.request_reference IN (");
    where.append(String.join(", ", java.util.Collections.nCopies(references.size(), "?"))).append(")");
    return query(where, new ArrayList<>(references));
  }

  private List<Figure> query(StringBuilder where, List<Object> params) {
    Map<Long, Figure> rows = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT f.id, f.request_reference, f.authority_name, f.metric, f.figure_value, f.unit,"
                + " f.period_from, f.period_to, f.source_document, f.source_page, f.notes, f.response_date,"
                + " b.label, b.breakdown_value"
                + " FROM disclosed_figure f LEFT JOIN disclosed_figure_breakdown b ON b.figure_id = f.id"
                + where
                + " ORDER BY f.metric_key, LOWER(f.authority_name), f.period_from, f.period_to, f.id, b.row_no")
        .params(params)
        .query(
            (ResultSet rs) -> {
              Figure figure = rows.computeIfAbsent(rs.getLong("id"), id -> read(rs));
              String label = rs.getString("label");
              if (label != null) {
                figure.breakdown().add(new Figure.Breakdown(label, plain(rs.getBigDecimal("breakdown_value"))));
              }
            });
    return List.copyOf(rows.values());
  }

  /** The metrics in use, each in its alphabetically first spelling, sorted. */
  public List<String> metrics() {
    return jdbc.sql("SELECT metric FROM known_metric ORDER BY metric_key FETCH FIRST " + MAX_KNOWN_METRICS + " ROWS ONLY")
        .query(String.class)
        .list();
  }

  static String metricKey(String metric) {
    return metric.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The figure of the current row, with an empty breakdown that the following rows fill. */
  private static Figure read(ResultSet rs) {
    try {
      return new Figure(
          rs.getString("request_reference"), rs.getString("authority_name"), rs.getString("metric"),
          plain(rs.getBigDecimal("figure_value")), rs.getString("unit"),
          rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class),
          new ArrayList<>(), rs.getString("source_document"), rs.getString("source_page"),
          rs.getString("notes"), rs.getObject("response_date", LocalDate.class));
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read a disclosed figure", e);
    }
  }

  /** 482.000000 from NUMERIC(24, 6) is 482 to a reader. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /** So that "%" or "_" typed by a user match themselves, not any text. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
