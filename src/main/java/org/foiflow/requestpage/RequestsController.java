package org.foiflow.requestpage;

import java.util.List;
import java.util.Map;
import org.foiflow.tracking.DeadlinePage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The requester's requests, behind ApiAuthentication: GET /api/requests lists them, paged like
 * /api/requests/deadlines (firstResult, maxResults, X-Total-Count, Link rel="next"); GET
 * /api/requests/{reference} is one request's page in JSON.
 */
@RestController
public class RequestsController {

  static final String PATH = "/api/requests";
  static final String TOTAL_COUNT = "X-Total-Count";
  /** The same answer whether the request does not exist or the caller may not read it. */
  static final String NOT_FOUND = "no such request among those you may read";

  private final RequestList list;
  private final RequestDetails details;

  RequestsController(RequestList list, RequestDetails details) {
    this.list = list;
    this.details = details;
  }

  @GetMapping(PATH)
  public ResponseEntity<List<RequestSummary>> requests(
      @RequestParam(name = "firstResult", required = false) String firstResult,
      @RequestParam(name = "maxResults", required = false) String maxResults,
      @RequestParam(name = "status", required = false) String status,
      @RequestParam(name = "authority", required = false) String authority,
      @RequestParam(name = "regime", required = false) String regime,
      @RequestParam(name = "text", required = false) String text) {
    DeadlinePage page = DeadlinePage.parse(firstResult, maxResults);
    RequestFilter filter = RequestFilter.parse(status, authority, regime, text);
    RequestList.Page listed = list.page(filter, page);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(listed.total()));
    DeadlinePage next = page.next(listed.total());
    if (next != null) {
      UriComponentsBuilder url =
          UriComponentsBuilder.fromPath(PATH)
              .queryParam("firstResult", next.firstResult())
              .queryParam("maxResults", next.maxResults());
      // The next page of the same list: the filters go with it.
      addIfPresent(url, "status", status);
      addIfPresent(url, "authority", authority);
      addIfPresent(url, "regime", regime);
      addIfPresent(url, "text", text);
      response.header(HttpHeaders.LINK, "<" + url.encode().toUriString() + ">; rel=\"next\"");
    }
    return response.body(listed.requests());
  }

  @GetMapping(PATH + "/{reference}")
  public ResponseEntity<?> request(@PathVariable("reference") String reference) {
    if (!reference.matches("FOI-\\d{4}-\\d{4,8}")) {
      return notFound();
    }
    return details.find(reference).<ResponseEntity<?>>map(ResponseEntity::ok).orElseGet(RequestsController::notFound);
  }

  private static ResponseEntity<?> notFound() {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", NOT_FOUND));
  }

  private static void addIfPresent(UriComponentsBuilder url, String name, String value) {
    if (value != null && !value.isBlank()) {
      url.queryParam(name, value);
    }
  }
}
