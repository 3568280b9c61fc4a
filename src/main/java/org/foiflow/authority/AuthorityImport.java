package org.foiflow.authority;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foiflow.contract.Regime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Writes authorities into the directory: a user's CSV upload, or the list shipped with FOI Flow. */
@Service
public class AuthorityImport {

  /** Counts of one import: rows added, and existing rows that changed. */
  public record Result(int imported, int updated) {}

  /** A row as stored, to decide whether an incoming one changes anything. */
  private record Stored(String key, Authority authority, AuthoritySource source) {}

  private final AuthorityCsv csv;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  public AuthorityImport(
      AuthorityCsv csv, JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.csv = csv;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  /**
   * Upserts every row of a user's CSV by name, all or nothing: the file is validated in full
   * before anything is written, and written in one transaction.
   *
   * @throws AuthorityCsvException naming the first bad line and field; nothing is stored then
   */
  public Result importCsv(Reader csvText) {
    List<Authority> authorities =
        csv.parse(csvText).stream().map(AuthorityCsv.Row::authority).toList();
    return transaction.execute(tx -> upsert(authorities, AuthoritySource.IMPORTED));
  }

  /** Adds shipped authorities that are missing and refreshes shipped ones; imported rows stay. */
  Result loadShipped(List<Authority> authorities) {
    return transaction.execute(tx -> upsert(authorities, AuthoritySource.SHIPPED));
  }

  private Result upsert(List<Authority> authorities, AuthoritySource source) {
    Map<String, Stored> stored = storedByKey();
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (Authority authority : authorities) {
      String key = Authority.nameKey(authority.name());
      Stored current = stored.get(key);
      if (current == null) {
        inserts.add(
            new Object[] {
              authority.name(), key, authority.email(), authority.regime().name(),
              authority.website(), authority.termDates(), source.name()
            });
      } else if (overwrites(source, current) && changes(authority, current.authority())) {
        updates.add(
            new Object[] {
              authority.name(), authority.email(), authority.regime().name(),
              authority.website(), authority.termDates(), source.name(), key
            });
      }
    }
    // Batches: an upload may hold 10,000 rows.
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO authority"
              + " (name, name_key, foi_email, default_regime, website, term_dates, source, updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
          inserts);
    }
    if (!updates.isEmpty()) {
      jdbc.batchUpdate(
          "UPDATE authority SET name = ?, foi_email = ?, default_regime = ?,"
              + " website = COALESCE(?, website), term_dates = COALESCE(?, term_dates), source = ?,"
              + " updated_at = CURRENT_TIMESTAMP"
              + " WHERE name_key = ?",
          updates);
    }
    return new Result(inserts.size(), updates.size());
  }

  /** A user's import is deliberate, so the shipped list never overwrites it. */
  private static boolean overwrites(AuthoritySource incoming, Stored current) {
    return incoming == AuthoritySource.IMPORTED || current.source() == AuthoritySource.SHIPPED;
  }

  /** A missing website or term dates keep the stored ones, so they are no change. */
  private static boolean changes(Authority incoming, Authority current) {
    return !incoming.name().equals(current.name())
        || !incoming.email().equals(current.email())
        || incoming.regime() != current.regime()
        || (incoming.website() != null && !Objects.equals(incoming.website(), current.website()))
        || (incoming.termDates() != null && !Objects.equals(incoming.termDates(), current.termDates()));
  }

  private Map<String, Stored> storedByKey() {
    return jdbc
        .query(
            "SELECT name_key, name, foi_email, default_regime, website, term_dates, source FROM authority",
            (rs, n) ->
                new Stored(
                    rs.getString("name_key"),
                    new Authority(
                        rs.getString("name"),
                        rs.getString("foi_email"),
                        Regime.valueOf(rs.getString("default_regime")),
                        rs.getString("website"),
                        rs.getString("term_dates")),
                    AuthoritySource.valueOf(rs.getString("source"))))
        .stream()
        .collect(Collectors.toMap(Stored::key, Function.identity()));
  }
}
