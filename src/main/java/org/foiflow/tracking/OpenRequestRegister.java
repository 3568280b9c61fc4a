package org.foiflow.tracking;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foiflow.contract.IsoDates;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.contract.TrackingProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Writes the open_request table (V6): one row per open request (a running top-level instance of a
 * tracked process) with its current deadline and stage, so that {@link OpenRequestOrder} can page through
 * them in deadline order with an index. {@link OpenRequestChanges} calls {@link #refresh} for each
 * request a transaction changed, just before it commits.
 *
 * <p>A request's deadline and stage come from the open task with the earliest due date, among the
 * tasks of the request and of the review and complaint sub-processes it called; without a dated
 * task, from its statutoryDueDate variable, and the stage is the name of an open task or else the
 * request's status.
 */
@Repository
public class OpenRequestRegister {

  private static final Logger LOG = LoggerFactory.getLogger(OpenRequestRegister.class);
  static final String STATUTORY_DUE_DATE = RequestVariables.STATUTORY_DUE_DATE.name();
  static final String STATUS = RequestVariables.STATUS.name();
  /** The request variables a row is made of, when it has no dated task. */
  public static final Set<String> LISTED_VARIABLES = Set.of(STATUTORY_DUE_DATE, STATUS);

  private static final String REQUEST = """
      SELECT r.BUSINESS_KEY_ AS reference, d.KEY_ AS process_key
      FROM ACT_RU_EXECUTION r JOIN ACT_RE_PROCDEF d ON d.ID_ = r.PROC_DEF_ID_
      WHERE r.ID_ = :id AND r.PROC_INST_ID_ = r.ID_ AND r.SUPER_EXEC_ IS NULL""";
  // Locks the row first: the deadline read after the lock sees what a concurrent transaction on
  // the same request committed (two nodes, a timer and a task completion), never older data.
  private static final String LOCK = "SELECT undated FROM open_request WHERE process_instance_id = :id FOR UPDATE";
  // By the request's call tree, not its business key: another process may carry the same key.
  private static final String NEAREST_TASK = """
      SELECT t.NAME_ AS name, t.DUE_DATE_ AS due
      FROM ACT_RU_EXECUTION p
      JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = p.ID_
      JOIN ACT_RE_PROCDEF d ON d.ID_ = t.PROC_DEF_ID_
      WHERE p.ROOT_PROC_INST_ID_ = :id AND p.ID_ = p.PROC_INST_ID_ AND d.KEY_ IN (:processKeys)
      ORDER BY t.DUE_DATE_ NULLS LAST, t.ID_
      FETCH FIRST 1 ROWS ONLY""";
  private static final String REQUEST_VARIABLES = """
      SELECT NAME_, TYPE_, TEXT_, LONG_ FROM ACT_RU_VARIABLE
      WHERE EXECUTION_ID_ = :id AND NAME_ IN (:names)""";
  private static final String INSERT = """
      INSERT INTO open_request (process_instance_id, process_definition_key, reference, stage, undated, deadline)
      VALUES (:id, :processKey, :reference, :stage, :undated, :deadline)""";
  private static final String UPDATE = """
      UPDATE open_request SET reference = :reference, stage = :stage, undated = :undated, deadline = :deadline
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
  public boolean tracks(String processDefinitionKey) {
    return processKeys.contains(processDefinitionKey);
  }

  /** Works the request's row out again from the engine's runtime tables, or removes it once ended. */
  public void refresh(String requestId) {
    MapSqlParameterSource id = new MapSqlParameterSource("id", requestId);
    List<Map<String, Object>> request = jdbc.queryForList(REQUEST, id);
    if (request.isEmpty() || !tracks((String) request.get(0).get("process_key"))) {
      jdbc.update(DELETE, id);
      return;
    }
    boolean listed = !jdbc.queryForList(LOCK, id, Integer.class).isEmpty();
    Optional<Map<String, Object>> task =
        jdbc.queryForList(NEAREST_TASK, new MapSqlParameterSource("id", requestId).addValue("processKeys", processKeys))
            .stream().findFirst();
    String stage;
    LocalDate deadline;
    if (task.isPresent() && task.get().get("due") instanceof Timestamp due) {
      stage = (String) task.get().get("name");
      // Task due dates are instants (the end of the statutory day in the requesters' zone).
      deadline = LocalDate.ofInstant(due.toInstant(), zone);
    } else {
      // Waiting without a dated task (e.g. on a timer or message): the request's own dates.
      Map<String, Map<String, Object>> variables = requestVariables(requestId);
      stage = task.map(t -> (String) t.get("name")).orElseGet(() -> text(variables.get(STATUS)));
      deadline = date(variables.get(STATUTORY_DUE_DATE));
    }
    MapSqlParameterSource row =
        new MapSqlParameterSource("id", requestId)
            .addValue("processKey", request.get(0).get("process_key"))
            .addValue("reference", request.get(0).get("reference"))
            .addValue("stage", stage)
            .addValue("undated", deadline == null ? 1 : 0)
            .addValue("deadline", deadline);
    jdbc.update(listed ? UPDATE : INSERT, row);
  }

  /**
   * Lists the open requests that have no row (filed before this table existed, or while it was not
   * kept) and drops the rows of requests that ended meanwhile.
   */
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

  private Map<String, Map<String, Object>> requestVariables(String requestId) {
    Map<String, Map<String, Object>> byName = new HashMap<>();
    MapSqlParameterSource parameters = new MapSqlParameterSource("id", requestId).addValue("names", LISTED_VARIABLES);
    for (Map<String, Object> variable : jdbc.queryForList(REQUEST_VARIABLES, parameters)) {
      byName.put((String) variable.get("NAME_"), variable);
    }
    return byName;
  }

  private static String text(Map<String, Object> variable) {
    return variable == null ? null : (String) variable.get("TEXT_");
  }

  /** Stored as yyyy-MM-dd text (RequestVariables); a date set over REST is a date type. */
  private LocalDate date(Map<String, Object> variable) {
    if (variable == null) {
      return null;
    }
    if ("date".equals(variable.get("TYPE_")) && variable.get("LONG_") instanceof Number millis) {
      return LocalDate.ofInstant(Instant.ofEpochMilli(millis.longValue()), zone);
    }
    return IsoDates.orNull(variable.get("TEXT_"));
  }
}
