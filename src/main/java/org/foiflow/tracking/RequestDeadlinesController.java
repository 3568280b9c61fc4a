package org.foiflow.tracking;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Open requests against their deadlines, for the Cockpit dashboard; behind ApiAuthentication. */
@RestController
public class RequestDeadlinesController {

  private final OpenRequestDeadlines openRequestDeadlines;

  public RequestDeadlinesController(OpenRequestDeadlines openRequestDeadlines) {
    this.openRequestDeadlines = openRequestDeadlines;
  }

  @GetMapping("/api/requests/deadlines")
  public List<RequestDeadline> openRequests() {
    return openRequestDeadlines.list();
  }
}
