package org.foiflow.authority;

import java.util.List;
import org.foiflow.contract.Regime;
import org.foiflow.input.InvalidParameter;
import org.foiflow.input.SentValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/authorities?q=home&tag=police}: authorities whose name contains q and that carry
 * the tag, for picking the recipient of a request or the group of a batch; without either, all.
 */
@RestController
public class AuthoritySearchController {

  /**
   * What a request form needs from an authority; {@code needsAddress}: no FOI address is known,
   * so FOI Flow cannot email it.
   */
  public record Entry(
      String name, String email, Regime regime, String shortName, List<String> tags, String website,
      boolean needsAddress) {}

  private final AuthorityDirectory directory;

  public AuthoritySearchController(AuthorityDirectory directory) {
    this.directory = directory;
  }

  @GetMapping("/api/authorities")
  public List<Entry> search(
      @RequestParam(name = "q", required = false) String q,
      @RequestParam(name = "tag", required = false) String tag) {
    if (q != null && q.length() > 200) {
      throw new InvalidParameter("q: at most 200 characters");
    }
    if (tag != null && !tag.isBlank() && !AuthorityTags.isTag(tag.strip())) {
      throw new InvalidParameter(
          "tag " + SentValue.quoted(tag) + " is not a tag (lower-case letters, digits, - _ . : and at most "
              + AuthorityTags.MAX_TAG + " characters)");
    }
    return directory.search(q, tag).stream()
        .map(a -> new Entry(a.name(), a.email(), a.regime(), a.shortName(), a.tags(), a.website(), a.needsAddress()))
        .toList();
  }
}
