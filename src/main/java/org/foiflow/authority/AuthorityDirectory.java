package org.foiflow.authority;

import java.util.List;
import java.util.Optional;
import org.foiflow.contract.Regime;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Looks up public authorities, e.g. to fill in the email and regime of a request. */
@Service
public class AuthorityDirectory {

  /** A search is for picking one authority; more hits than this means the query is too vague. */
  public static final int SEARCH_LIMIT = 50;

  /** The columns of an {@link Authority}, without FROM (AuthorityImport reads two more). */
  static final String COLUMNS =
      "SELECT name, foi_email, default_regime, website, term_dates, short_name, tags, email_source, email_checked_on";
  private static final String FROM = COLUMNS + " FROM authority";
  /** A tag names a group for a batch request; a directory of 10,000 bodies may tag thousands. */
  public static final int TAG_LIMIT = 5_000;
  static final RowMapper<Authority> AUTHORITY =
      (rs, n) -> {
        java.sql.Date checked = rs.getDate("email_checked_on");
        return new Authority(
            rs.getString("name"),
            rs.getString("foi_email"),
            Regime.valueOf(rs.getString("default_regime")),
            rs.getString("website"),
            rs.getString("term_dates"),
            rs.getString("short_name"),
            AuthorityTags.parse(rs.getString("tags")),
            rs.getString("email_source"),
            checked == null ? null : checked.toLocalDate());
      };

  private final JdbcClient jdbc;

  public AuthorityDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The authority with this name, ignoring case and surrounding spaces. */
  public Optional<Authority> findByName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(FROM + " WHERE name_key = ?")
        .param(Authority.nameKey(name))
        .query(AUTHORITY)
        .optional();
  }

  /**
   * Authorities whose name contains {@code q} (ignoring case), sorted by name, at most {@link
   * #SEARCH_LIMIT}. A null or blank {@code q} returns every authority.
   */
  public List<Authority> search(String q) {
    return search(q, null);
  }

  /**
   * As {@link #search(String)}, and only those tagged {@code tag} when it is given. A tag without
   * q lists the whole group (at most {@link #TAG_LIMIT}): it is what a batch request goes to.
   */
  public List<Authority> search(String q, String tag) {
    boolean byName = q != null && !q.isBlank();
    boolean byTag = tag != null && !tag.isBlank();
    List<String> where = new java.util.ArrayList<>();
    List<Object> params = new java.util.ArrayList<>();
    if (byName) {
      where.add("name_key LIKE ? ESCAPE '\\'");
      params.add("%" + escapeLike(Authority.nameKey(q)) + "%");
    }
    if (byTag) {
      where.add("tags LIKE ? ESCAPE '\\'");
      params.add("% " + escapeLike(tag.strip().toLowerCase(java.util.Locale.ROOT)) + " %");
    }
    String sql = FROM + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where)) + " ORDER BY name_key";
    if (byName) {
      sql += " FETCH FIRST " + SEARCH_LIMIT + " ROWS ONLY";
    } else if (byTag) {
      sql += " FETCH FIRST " + TAG_LIMIT + " ROWS ONLY";
    }
    return jdbc.sql(sql).params(params).query(AUTHORITY).list();
  }

  /** The authorities with these names (ignoring case), in one query; names not listed are left out. */
  public List<Authority> findByNames(java.util.Collection<String> names) {
    List<String> keys = names.stream().filter(n -> n != null && !n.isBlank()).map(Authority::nameKey).distinct().toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(FROM + " WHERE name_key IN (:keys) ORDER BY name_key").param("keys", keys).query(AUTHORITY).list();
  }

  /** So that "%" or "_" typed by a user match themselves, not any text. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
