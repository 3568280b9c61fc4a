package org.foiflow.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.foiflow.request.Today;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the open_request table (V6): one row per open request (a running top-level instance of a
 * tracked process) with its current deadline, so that {@link OpenRequestOrder} can page through
 * them in deadline order with an index. {@link OpenRequestChanges} calls {@link #refresh} for each
 * request a transaction changed, just before it commits.
 *
 * <p>The deadline rule is the one {@link OpenRequestDeadlines} shows: the earliest due date of the
 * open tasks of the request and of the review and complaint sub-processes it called, else its
 * statutoryDueDate variable.
 */
@Repository
class OpenRequestRegister {

  private static final Logger LOG = LoggerFactory.getLogger(OpenRequestRegister.class);

  private static final String REQUEST = """
      SELECT r.BUSINESS_KEY_ AS reference, d.KEY_ AS process_key
      FROM ACT_RU_EXECUTION r JOIN ACT_RE_PROCDEF d ON d.ID_ = r.PROC_DEF_ID_
      WHERE r.ID_ = :id AND r.PROC_INST_ID_ = r.ID_ AND r.SUPER_EXEC_ IS NULL""";
  // Locks the row first: the deadline read after the lock sees what a concurrent transaction on
  // the same request committed (two nodes, a timer and a task completion), never older data.
  private static final String LOCK = "SELECT undated FROM open_request WHERE process_instance_id = :id FOR UPDATE";
  // By the request's call tree, not its business key: another process may carry the same key.
  private static final String EARLIEST_TASK_DUE = """
      SELECT MIN(t.DUE_DATE_)
      FROM ACT_RU_EXECUTION p
      JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = p.ID_
      JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
      WHERE p.ROOT_PROC_INST_ID_ = :id AND p.ID_ = p.PROC_INST_ID_ AND d.KEY_ IN (:processKeys)""";
  private static final String STATUTORY_DUE_DATE = """
      SELECT TYPE_, TEXT_, LONG_ FROM ACT_RU_VARIABLE
      WHERE EXECUTION_ID_ = :id AND NAME_ = 'statutoryDueDate'""";
  private static final String INSERT = """
      INSERT INTO open_request (process_instance_id, process_definition_key, reference, undated, deadline)
      VALUES (:id, :processKey, :reference, :undated, :deadline)""";
  private static final String UPDATE = """
      UPDATE open_request SET reference = :reference, undated = :undated, deadline = :deadline
      WHERE process_instance_id = :id""";
  private static final String DELETE = "DELETE FROM open_request WHERE process_instance_id = :id";
  private static final String UNLISTED = """
      SELECT r.ID_ FROM ACT_RU_EXECUTION r JOIN ACT_RE_PROCDEF d ON d.ID_ = r.PROC_DEF_ID_
      WHERE r.PROC_INST_ID_ = r.ID_ AND r.SUPER_EXEC_ IS NULL AND d.KEY_ IN (:processKeys)
        AND NOT EXISTS (SELECT 1 FROM open_request o WHERE o.process_instance_id = r.ID_)""";
  private static final String ENDED = """
      DELETE FROM open_request
      WHERE NOT EXISTS (SELECT 1 FROM ACT_RU_EXECUTION r WHERE r.ID_ = open_request.process_instance_id)""";

  private final NamedParameterJdbcTemplate jdbc;
  private final Set<String> processKeys;
  private final ZoneId zone;

  OpenRequestRegister(NamedParameterJdbcTemplate jdbc, TrackingProperties properties, Today today) {
    this.jdbc = jdbc;
    this.processKeys = Set.copyOf(properties.processKeys());
    this.zone = today.zone();
  }

  /** Whether changes in instances of this process definition can move a request's deadline. */
  boolean tracks(String processDefinitionKey) {
    return processKeys.contains(processDefinitionKey);
  }

  /** Works the request's row out again from the engine's runtime tables, or removes it once ended. */
  void refresh(String requestId) {
    MapSqlParameterSource id = new MapSqlParameterSource("id", requestId);
    List<Map<String, Object>> request = jdbc.queryForList(REQUEST, id);
    if (request.isEmpty() || !tracks((String) request.get(0).get("process_key"))) {
      jdbc.update(DELETE, id);
      return;
    }
    boolean listed = !jdbc.queryForList(LOCK, id, Integer.class).isEmpty();
    Optional<LocalDate> deadline = earliestTaskDue(requestId).or(() -> statutoryDueDate(id));
    MapSqlParameterSource row =
        new MapSqlParameterSource("id", requestId)
            .addValue("processKey", request.get(0).get("process_key"))
            .addValue("reference", request.get(0).get("reference"))
            .addValue("undated", deadline.isPresent() ? 0 : 1)
            .addValue("deadline", deadline.orElse(null));
    jdbc.update(listed ? UPDATE : INSERT, row);
  }

  /**
   * At start-up: lists the requests that were open before this table existed (or while it was not
   * kept) and drops rows of requests that ended meanwhile. Two queries when nothing is missing.
   */
  @EventListener(PostDeployEvent.class)
  void reconcile() {
    int removed = jdbc.update(ENDED, Map.of());
    List<String> unlisted = jdbc.queryForList(UNLISTED, Map.of("processKeys", processKeys), String.class);
    for (String requestId : unlisted) {
      try {
        refresh(requestId);
      } catch (DuplicateKeyException listedByAnotherNode) {
        // Another node of the cluster, starting at the same moment, listed it first.
      }
    }
    if (removed > 0 || !unlisted.isEmpty()) {
      LOG.info("Open requests: {} listed that were not, {} ended ones removed", unlisted.size(), removed);
    }
  }

  private Optional<LocalDate> earliestTaskDue(String requestId) {
    Timestamp due =
        jdbc.queryForObject(
            EARLIEST_TASK_DUE,
            new MapSqlParameterSource("id", requestId).addValue("processKeys", processKeys),
            Timestamp.class);
    // Task due dates are instants (the end of the statutory day in the requesters' zone).
    return Optional.ofNullable(due).map(instant -> LocalDate.ofInstant(instant.toInstant(), zone));
  }

  /** Stored as yyyy-MM-dd text (RequestVariables.setDate); a date set over REST is a date type. */
  private Optional<LocalDate> statutoryDueDate(MapSqlParameterSource id) {
    List<Map<String, Object>> values = jdbc.queryForList(STATUTORY_DUE_DATE, id);
    if (values.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> value = values.get(0);
    if ("date".equals(value.get("TYPE_")) && value.get("LONG_") instanceof Number millis) {
      return Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(millis.longValue()), zone));
    }
    if (value.get("TEXT_") instanceof String text && !text.isBlank()) {
      try {
        return Optional.of(LocalDate.parse(text.trim()));
      } catch (DateTimeParseException notAnIsoDate) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
