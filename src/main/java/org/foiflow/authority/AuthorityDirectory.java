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

  private static final String COLUMNS = "SELECT name, foi_email, default_regime, website, term_dates FROM authority";
  private static final RowMapper<Authority> AUTHORITY =
      (rs, n) ->
          new Authority(
              rs.getString("name"),
              rs.getString("foi_email"),
              Regime.valueOf(rs.getString("default_regime")),
              rs.getString("website"),
              rs.getString("term_dates"));

  private final JdbcClient jdbc;

  public AuthorityDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The authority with this name, ignoring case and surrounding spaces. */
  public Optional<Authority> findByName(String name) {
    if (name == null || name.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(COLUMNS + " WHERE name_key = ?")
        .param(Authority.nameKey(name))
        .query(AUTHORITY)
        .optional();
  }

  /**
   * Authorities whose name contains {@code q} (ignoring case), sorted by name, at most {@link
   * #SEARCH_LIMIT}. A null or blank {@code q} returns every authority.
   */
  public List<Authority> search(String q) {
    if (q == null || q.isBlank()) {
      return jdbc.sql(COLUMNS + " ORDER BY name_key").query(AUTHORITY).list();
    }
    return jdbc.sql(
            COLUMNS
                + " WHERE name_key LIKE ? ESCAPE '\\' ORDER BY name_key"
                + " FETCH FIRST " + SEARCH_LIMIT + " ROWS ONLY")
        .param("%" + escapeLike(Authority.nameKey(q)) + "%")
        .query(AUTHORITY)
        .list();
  }

  /** So that "%" or "_" typed by a user match themselves, not any text. */
  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
