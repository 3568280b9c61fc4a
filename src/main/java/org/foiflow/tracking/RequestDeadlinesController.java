package org.foiflow.tracking;

import java.util.List;
import org.foiflow.security.RequestAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Open requests against their deadlines, for the Cockpit dashboard; behind ApiAuthentication. The
 * body stays the plain list it always was, so existing scripts keep working; the paging facts go
 * in headers: X-Total-Count (open requests in all) and a Link to the next page.
 */
@RestController
public class RequestDeadlinesController {

  static final String PATH = "/api/requests/deadlines";
  static final String TOTAL_COUNT = "X-Total-Count";

  private final OpenRequestDeadlines openRequestDeadlines;
  private final RequestAccess access;

  public RequestDeadlinesController(OpenRequestDeadlines openRequestDeadlines, RequestAccess access) {
    this.openRequestDeadlines = openRequestDeadlines;
    this.access = access;
  }

  @GetMapping(PATH)
  public ResponseEntity<List<RequestDeadline>> openRequests(
      @RequestParam(name = "firstResult", required = false) String firstResult,
      @RequestParam(name = "maxResults", required = false) String maxResults) {
    DeadlinePage page = DeadlinePage.parse(firstResult, maxResults);
    OpenRequestDeadlines.Page listed = openRequestDeadlines.page(page, access.readableRequestIds());
    ResponseEntity.BodyBuilder response = ResponseEntity.ok().header(TOTAL_COUNT, Long.toString(listed.total()));
    DeadlinePage next = page.next(listed.total());
    if (next != null) {
      String url =
          UriComponentsBuilder.fromPath(PATH)
              .queryParam("firstResult", next.firstResult())
              .queryParam("maxResults", next.maxResults())
              .toUriString();
      response.header(HttpHeaders.LINK, "<" + url + ">; rel=\"next\"");
    }
    return response.body(listed.requests());
  }

}
