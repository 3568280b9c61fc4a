package org.foiflow.batch;

import static org.foiflow.input.SpreadsheetFormulas.asText;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.foiflow.contract.ProcessContract;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.figures.FigureStore;
import org.foiflow.input.InvalidParameter;
import org.foiflow.input.SentValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code GET /api/batches/{reference}}: a batch's members with where each stands, the counts by
 * status, the share answered on time, and one metric's figures side by side; and {@code
 * GET /api/batches/{reference}/figures.csv}: that comparison as a spreadsheet. A requester sees
 * only their own batches: the engine, asked under the caller's login, lists the batch or not.
 */
@RestController
public class BatchController {

  private static final Pattern REFERENCE = Pattern.compile("BATCH-\\d{4}-\\d{4,6}");
  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
  /** The member variables the table needs, read in one query for all members. */
  private static final List<String> READ =
      List.of(RequestVariables.STATUS.name(), RequestVariables.OUTCOME.name(), RequestVariables.STATUTORY_DUE_DATE.name(),
          RequestVariables.EXTENDED_DUE_DATE.name(), RequestVariables.RESPONSE_DATE.name());

  /** The batch as the page shows it. */
  public record View(
      String reference, String subject, String filedOn, int members, Map<String, Integer> counts, Double onTimeShare,
      List<BatchProgress.Row> rows, BatchFigures figures) {}

  private final BatchBook book;
  private final HistoryService history;
  /** ACT_HI_VARINST with the engine's prefix; asked once, at start, when no caller's rights apply. */
  private final String variableTable;
  private final JdbcClient jdbc;
  private final FigureStore figures;
  private final Today today;

  BatchController(
      BatchBook book, HistoryService history, ManagementService management, JdbcClient jdbc, FigureStore figures, Today today) {
    this.book = book;
    this.history = history;
    this.variableTable = management.getTableName(HistoricVariableInstance.class);
    this.jdbc = jdbc;
    this.figures = figures;
    this.today = today;
  }

  @GetMapping("/api/batches/{reference}")
  public View batch(@PathVariable String reference, @RequestParam(required = false) String metric) {
    BatchBook.Batch batch = readable(reference);
    List<BatchBook.Member> members = book.members(batch.reference());
    Map<String, Map<String, Object>> variables = variables(batch.reference());
    List<BatchProgress.Row> rows =
        members.stream().map(m -> BatchProgress.row(m, m.processInstanceId() == null ? null : variables.get(m.processInstanceId()))).toList();
    return new View(
        batch.reference(), batch.subject(),
        BatchProgress.DAY.format(batch.createdAt().atZone(today.zone())),
        members.size(), BatchProgress.counts(rows), BatchProgress.onTimeShare(rows), rows, comparison(members, metric));
  }

  @GetMapping("/api/batches/{reference}/figures.csv")
  public ResponseEntity<String> figuresCsv(@PathVariable String reference, @RequestParam(required = false) String metric) {
    BatchBook.Batch batch = readable(reference);
    BatchFigures compared = comparison(book.members(batch.reference()), metric);
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + batch.reference() + "-figures.csv\"")
        .body(csv(compared));
  }

  private BatchFigures comparison(List<BatchBook.Member> members, String metric) {
    if (metric != null && metric.length() > 200) {
      throw new InvalidParameter("metric: at most 200 characters");
    }
    List<String> references = members.stream().map(BatchBook.Member::requestReference).filter(Objects::nonNull).toList();
    return BatchFigures.of(figures.findForRequests(references), metric);
  }

  /** One row per authority, one column per breakdown label; text cells never run as formulas. */
  static String csv(BatchFigures compared) {
    List<String> header = new ArrayList<>(List.of("authority", "reference", "metric", "value", "unit"));
    compared.labels().forEach(label -> header.add(asText(label)));
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(header.toArray(String[]::new)).get().print(out)) {
      for (BatchFigures.Row row : compared.rows()) {
        List<Object> cells = new ArrayList<>(List.of(
            asText(row.authority()), asText(row.reference()), asText(compared.metric()), row.value().toPlainString(),
            asText(compared.unit())));
        for (String label : compared.labels()) {
          BigDecimal value = row.breakdown().get(label);
          cells.add(value == null ? "" : value.toPlainString());
        }
        printer.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** The batch, if the caller may read it; 404 otherwise, so that nobody learns others' references. */
  private BatchBook.Batch readable(String reference) {
    if (reference == null || !REFERENCE.matcher(reference).matches()) {
      throw new InvalidParameter("reference " + SentValue.quoted(reference) + " is not a batch reference (BATCH-YYYY-NNNN)");
    }
    boolean visible =
        history.createHistoricProcessInstanceQuery()
                .processDefinitionKey(ProcessContract.BATCH_PROCESS)
                .processInstanceBusinessKey(reference)
                .count() > 0;
    return book.find(reference)
        .filter(found -> visible)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no batch " + reference + " of yours"));
  }

  /**
   * The members' variables the table needs, in one SQL statement over the engine's history table:
   * the batch is already known to be the caller's, and the engine's variable query (one IN list
   * of 500 instances, checked against the caller's grants) took most of a 400 ms answer.
   */
  private Map<String, Map<String, Object>> variables(String reference) {
    Map<String, Map<String, Object>> byInstance = new HashMap<>();
    jdbc.sql("SELECT v.PROC_INST_ID_, v.NAME_, v.TEXT_ FROM " + variableTable + " v"
            + " JOIN batch_member m ON m.process_instance_id = v.PROC_INST_ID_"
            + " WHERE m.batch_reference = :reference AND v.NAME_ IN (:names)")
        .param("reference", reference)
        .param("names", READ)
        .query((java.sql.ResultSet rs) -> {
          // A member's own variables, not those of the reviews it called (same names, other instance).
          byInstance.computeIfAbsent(rs.getString(1), id -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
        });
    return byInstance;
  }
}
