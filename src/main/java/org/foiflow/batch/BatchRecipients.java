package org.foiflow.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foiflow.authority.Authority;
import org.foiflow.authority.AuthorityDirectory;
import org.springframework.stereotype.Component;

/**
 * Who a batch goes to: the authorities of a tag, or of a list of names, as the directory has
 * them now; with the names it does not know and the authorities it has no FOI address for.
 */
@Component
class BatchRecipients {

  /** How many names a refusal lists before "and N more". */
  static final int NAMED = 50;
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param authorities every authority found, in the directory's order (by name)
   * @param unknown names the directory does not list, as given
   * @param unaddressed those of {@code authorities} without an FOI address
   */
  record Choice(List<Authority> authorities, List<String> unknown, List<Authority> unaddressed) {

    /** The authorities the batch goes to: all, or those with an address. */
    List<Authority> members(boolean leaveOutUnaddressed) {
      return leaveOutUnaddressed ? authorities.stream().filter(a -> !a.needsAddress()).toList() : authorities;
    }
  }

  private final AuthorityDirectory directory;

  BatchRecipients(AuthorityDirectory directory) {
    this.directory = directory;
  }

  Choice byTag(String tag) {
    List<Authority> tagged = directory.search(null, tag.strip().toLowerCase(Locale.ROOT));
    return new Choice(tagged, List.of(), unaddressed(tagged));
  }

  Choice byNames(List<String> names) {
    List<Authority> found = directory.findByNames(names);
    Map<String, Authority> byKey = new LinkedHashMap<>();
    found.forEach(a -> byKey.put(key(a.name()), a));
    List<String> unknown = names.stream().filter(n -> !byKey.containsKey(key(n))).distinct().toList();
    return new Choice(found, unknown, unaddressed(found));
  }

  /**
   * The names of a form's field: a JSON list of strings (scripts), or one name per line (the
   * form's text area); blank lines are left out.
   *
   * @throws IllegalArgumentException when it starts as a JSON list but is not one of strings
   */
  static List<String> names(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String trimmed = text.strip();
    if (!trimmed.startsWith("[")) {
      return Arrays.stream(trimmed.split("\\R")).map(String::strip).filter(n -> !n.isEmpty()).toList();
    }
    try {
      JsonNode list = JSON.readTree(trimmed);
      List<String> names = new ArrayList<>();
      for (JsonNode item : list) {
        if (!item.isTextual()) {
          throw new IllegalArgumentException("is not a JSON list of names (texts)");
        }
        if (!item.asText().isBlank()) {
          names.add(item.asText().strip());
        }
      }
      return names;
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("is not a JSON list of names");
    }
  }

  /** "A, B, C and 3 more": names in a one-line refusal, at most {@value #NAMED}. */
  static String listed(List<String> names) {
    String shown = String.join(", ", names.subList(0, Math.min(names.size(), NAMED)));
    return names.size() > NAMED ? shown + " and " + (names.size() - NAMED) + " more" : shown;
  }

  private static List<Authority> unaddressed(List<Authority> authorities) {
    return authorities.stream().filter(Authority::needsAddress).toList();
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
