package org.foiflow.authority;

import java.util.List;
import org.foiflow.contract.Regime;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/authorities?q=home}: authorities whose name contains q, for picking the recipient
 * of a request; without q, all of them.
 */
@RestController
public class AuthoritySearchController {

  /** What a request form needs from an authority. */
  public record Entry(String name, String email, Regime regime) {}

  private final AuthorityDirectory directory;

  public AuthoritySearchController(AuthorityDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/authorities")
  public List<Entry> search(@RequestParam(name = "q", required = false) String q) {
    return directory.search(q).stream()
        .map(a -> new Entry(a.name(), a.email(), a.regime()))
        .toList();
  }
}
