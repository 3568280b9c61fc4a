package org.foiflow.tracking;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.foiflow.contract.TrackingProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.support.AbstractSqlTypeValue;
import org.springframework.stereotype.Repository;

/**
 * The open requests in deadline order, one page of ids at a time, and how many there are: an index
 * range of the open_request table, which {@link OpenRequestRegister} keeps with each request's
 * current deadline. Camunda's queries cannot sort process instances by their tasks' due dates, and
 * working every request's deadline out on each call took seconds at 100,000 open requests.
 *
 * <p>The engine's authorizations do not apply to this SQL: a caller who may not read every request
 * passes the ids they may read ({@code readable}).
 */
@Repository
class OpenRequestOrder {

  private static final String OPEN_REQUESTS = """
      FROM open_request
      WHERE process_definition_key = :requestKey
      """;
  private static final String ONLY_READABLE = "AND process_instance_id = ANY(:readable)\n";
  private static final String DEADLINE_ORDER = """
      ORDER BY undated, deadline, reference, process_instance_id
      OFFSET :first ROWS FETCH NEXT :size ROWS ONLY""";

  private final NamedParameterJdbcTemplate jdbc;
  private final TrackingProperties properties;

  OpenRequestOrder(NamedParameterJdbcTemplate jdbc, TrackingProperties properties) {
    this.jdbc = jdbc;
    this.properties = properties;
  }

  /** The requests of the page, earliest deadline first. */
  List<Listed> page(DeadlinePage page, Optional<Collection<String>> readable) {
    MapSqlParameterSource parameters =
        parameters(readable).addValue("first", page.firstResult()).addValue("size", page.maxResults());
    return jdbc.query(
        "SELECT process_instance_id, stage, deadline " + openRequests(readable) + DEADLINE_ORDER,
        parameters,
        (row, n) -> new Listed(row.getString(1), row.getString(2), row.getObject(3, LocalDate.class)));
  }

  /** One request as open_request lists it: its stage and deadline (null when it has none). */
  record Listed(String processInstanceId, String stage, LocalDate deadline) {}

  long count(Optional<Collection<String>> readable) {
    Long count = jdbc.queryForObject("SELECT COUNT(*) " + openRequests(readable), parameters(readable), Long.class);
    return count == null ? 0 : count;
  }

  private static String openRequests(Optional<Collection<String>> readable) {
    return OPEN_REQUESTS + (readable.isPresent() ? ONLY_READABLE : "");
  }

  private MapSqlParameterSource parameters(Optional<Collection<String>> readable) {
    MapSqlParameterSource parameters = new MapSqlParameterSource("requestKey", properties.requestProcessKey());
    readable.ifPresent(ids -> parameters.addValue("readable", textArray(ids)));
    return parameters;
  }

  /** One array parameter, not an IN list: no limit on how many ids one statement takes. */
  private static AbstractSqlTypeValue textArray(Collection<String> values) {
    return new AbstractSqlTypeValue() {
      @Override
      protected Object createTypeValue(Connection connection, int sqlType, String typeName) throws java.sql.SQLException {
        return connection.createArrayOf("VARCHAR", values.toArray());
      }
    };
  }
}
