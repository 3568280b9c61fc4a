package org.foiflow.deadline;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public deadline calculator (no login): {@code GET
 * /api/deadlines?regime=UK_FOIA&received=2024-12-20[&clarified=YYYY-MM-DD][&feePaused=FROM/TO]...}; feePaused once for each paid fees notice.
 * Bad input gets 400 and {"error": "<parameter>: <problem>"}.
 */
@RestController
public class DeadlineCalculatorController {

  private final StatutoryClock clock;

  public DeadlineCalculatorController(StatutoryClock clock) {
    this.clock = clock;
  }

  @GetMapping("/api/deadlines")
  public DeadlineCalculation calculate(
      @RequestParam(name = "regime", required = false) String regime,
      @RequestParam(name = "received", required = false) String received,
      @RequestParam(name = "clarified", required = false) String clarified,
      @RequestParam(name = "feePaused", required = false) List<String> feePaused) {
    return DeadlineCalculation.of(
        clock, DeadlineQuery.parse(regime, received, clarified, feePaused));
  }

}
