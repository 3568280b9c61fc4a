package org.foiflow.authority;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.foiflow.contract.Regime;

/**
 * A public authority an FOI request can be sent to.
 *
 * @param name the authority's name, unique in the directory regardless of case
 * @param email where FOI requests go
 * @param regime the access-to-information law that applies to it by default
 * @param website the authority's web site, or null
 * @param termDates a school's terms ({@link org.foiflow.deadline.SchoolTerms}), or null: a
 *     UK_SCHOOL request to it counts its school days (issue 15, rule 7)
 * @param shortName a short name such as "MPS", or null
 * @param tags the groups it belongs to (lower case, e.g. "police", "police-scotland"), maybe none
 * @param emailSource where the address was read (a URL), or null
 * @param emailCheckedOn the day the address was checked at its source, or null
 */
public record Authority(
    @NotBlank(message = "is missing") @Size(max = 200, message = "is longer than 200 characters")
        String name,
    // Null: the authority "needs an address" (no public source gives one yet).
    @Size(max = 254, message = "is longer than 254 characters")
        // @Email alone accepts "foi@localhost"; a request needs a routable domain.
        @Email(regexp = ".+@[^@]+\\.[^@.]+", message = "is not a valid email address")
        String email,
    @NotNull(message = "is missing") Regime regime,
    @Size(max = 500, message = "is longer than 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "is not an http(s) address")
        String website,
    @Size(max = 2000, message = "is longer than 2000 characters") String termDates,
    @Size(max = 200, message = "is longer than 200 characters") String shortName,
    @NotNull List<String> tags,
    @Size(max = 500, message = "is longer than 500 characters")
        @Pattern(regexp = "https?://\\S+", message = "is not an http(s) address")
        String emailSource,
    LocalDate emailCheckedOn) {

  public Authority {
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** An authority without term dates (any but a school, or a school whose terms are not known). */
  public Authority(String name, String email, Regime regime, String website) {
    this(name, email, regime, website, null);
  }

  /** An authority without tags or a recorded source for its address. */
  public Authority(String name, String email, Regime regime, String website, String termDates) {
    this(name, email, regime, website, termDates, null, List.of(), null, null);
  }

  /** No public source gives its FOI address yet: FOI Flow cannot email it. */
  public boolean needsAddress() {
    return email == null || email.isBlank();
  }

  /** The form a name is matched on: trimmed and lower-cased. */
  static String nameKey(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
