package org.foiflow.figures;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/authorities/stats}: how each authority answers, from the engine's history. */
@RestController
public class AuthorityStatisticsController {

  private final ResponseHistory history;

  public AuthorityStatisticsController(ResponseHistory history) {
    this.history = history;
  }

  @GetMapping("/api/authorities/stats")
  public List<ResponseStatistics.AuthorityStatistics> statistics() {
    return history.statistics();
  }
}
