package org.foiflow.figures;

import static org.foiflow.input.SpreadsheetFormulas.asText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.foiflow.security.RequestAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/figures} (JSON) and {@code GET /api/figures.csv}: disclosed figures filtered by
 * authority, metric, period and reference. One metric across authorities is one table: a row per
 * figure, ordered by metric, authority and period. A requester gets only the figures of their own
 * requests.
 */
@RestController
public class FigureController {

  static final String[] CSV_COLUMNS = {
    "reference", "authority", "metric", "value", "unit", "period_from", "period_to",
    "breakdown", "source_document", "source_page", "notes", "response_date"
  };
  private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

  private final FigureStore store;
  private final ObjectMapper json;
  private final RequestAccess access;

  public FigureController(FigureStore store, ObjectMapper json, RequestAccess access) {
    this.store = store;
    this.json = json;
    this.access = access;
  }

  /** The query parameters both endpoints take, all optional; bound by name from the URL. */
  public record Filter(String authority, String metric, String from, String to, String reference) {
    FigureQuery parse() {
      return FigureQuery.parse(authority, metric, from, to, reference);
    }
  }

  @GetMapping("/api/figures")
  public List<Figure> figures(Filter filter) {
    return readable(filter.parse());
  }

  @GetMapping("/api/figures.csv")
  public ResponseEntity<String> figuresCsv(Filter filter) {
    List<Figure> figures = readable(filter.parse());
    return ResponseEntity.ok()
        .contentType(TEXT_CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"figures.csv\"")
        .body(csv(figures));
  }

  private List<Figure> readable(FigureQuery query) {
    return access.onlyReadable(store.find(query), Figure::reference);
  }

  /**
   * The breakdown stays in its figure's row, as a JSON list that reads back exactly. Every text
   * cell is made safe for spreadsheets; the value, written here from a number, and the dates are
   * left as they are, so that a spreadsheet still reads -5 as a number.
   */
  private String csv(List<Figure> figures) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader(CSV_COLUMNS).get().print(out)) {
      for (Figure f : figures) {
        printer.printRecord(
            asText(f.reference()), asText(f.authority()), asText(f.metric()), f.value().toPlainString(), asText(f.unit()),
            f.periodFrom(), f.periodTo(), f.breakdown().isEmpty() ? "" : asText(json.writeValueAsString(f.breakdown())),
            asText(f.sourceDocument()), asText(f.sourcePage()), asText(f.notes()), f.responseDate());
      }
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a breakdown as JSON", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

}
