package org.foiflow.authority;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
    List<AuthorityCsv.Row> rows = csv.parse(csvText);
    return transaction.execute(tx -> upsert(rows, AuthoritySource.IMPORTED));
  }

  /** Adds shipped authorities that are missing and refreshes shipped ones; imported rows stay. */
  Result loadShipped(List<Authority> authorities) {
    List<AuthorityCsv.Row> rows = authorities.stream().map(a -> new AuthorityCsv.Row(0, a)).toList();
    return transaction.execute(tx -> upsert(rows, AuthoritySource.SHIPPED));
  }

  private Result upsert(List<AuthorityCsv.Row> rows, AuthoritySource source) {
    Map<String, Stored> stored = storedByKey();
    List<Object[]> inserts = new ArrayList<>();
    List<Object[]> updates = new ArrayList<>();
    for (AuthorityCsv.Row row : rows) {
      Authority incoming = row.authority();
      String key = Authority.nameKey(incoming.name());
      Stored current = stored.get(key);
      if (current == null) {
        inserts.add(
            new Object[] {
              incoming.name(), key, incoming.email(), incoming.regime().name(), incoming.website(),
              incoming.termDates(), incoming.shortName(), AuthorityTags.stored(incoming.tags()),
              incoming.emailSource(), incoming.emailCheckedOn(), source.name()
            });
        continue;
      }
      // WhatDoTheyKnow's export gives neither address nor law: the directory's stay.
      Authority authority =
          row.fromWhatDoTheyKnow()
              ? new Authority(
                  incoming.name(), current.authority().email(), current.authority().regime(), incoming.website(),
                  null, incoming.shortName(), incoming.tags(), current.authority().emailSource(),
                  current.authority().emailCheckedOn())
              : incoming;
      if (overwrites(source, current) && changes(authority, current.authority())) {
        updates.add(
            new Object[] {
              authority.name(), authority.email(), authority.regime().name(), authority.website(),
              authority.termDates(), authority.shortName(),
              authority.tags().isEmpty() ? null : AuthorityTags.stored(authority.tags()),
              authority.emailSource(), authority.emailCheckedOn(), source.name(), key
            });
      }
    }
    // Batches: an upload may hold 100,000 rows.
    if (!inserts.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO authority"
              + " (name, name_key, foi_email, default_regime, website, term_dates, short_name, tags,"
              + " email_source, email_checked_on, source, updated_at)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)",
          inserts);
    }
    if (!updates.isEmpty()) {
      // A missing website, term dates, short name or tags keep the stored ones.
      jdbc.batchUpdate(
          "UPDATE authority SET name = ?, foi_email = ?, default_regime = ?,"
              + " website = COALESCE(?, website), term_dates = COALESCE(?, term_dates),"
              + " short_name = COALESCE(?, short_name), tags = COALESCE(?, tags),"
              + " email_source = ?, email_checked_on = ?, source = ?,"
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

  /** A missing website, term dates, short name or tags keep the stored ones, so they are no change. */
  private static boolean changes(Authority incoming, Authority current) {
    return !incoming.name().equals(current.name())
        || !Objects.equals(incoming.email(), current.email())
        || incoming.regime() != current.regime()
        || !Objects.equals(incoming.emailSource(), current.emailSource())
        || !Objects.equals(incoming.emailCheckedOn(), current.emailCheckedOn())
        || (incoming.website() != null && !Objects.equals(incoming.website(), current.website()))
        || (incoming.termDates() != null && !Objects.equals(incoming.termDates(), current.termDates()))
        || (incoming.shortName() != null && !Objects.equals(incoming.shortName(), current.shortName()))
        || (!incoming.tags().isEmpty() && !incoming.tags().equals(current.tags()));
  }

  private Map<String, Stored> storedByKey() {
    return jdbc
        .query(
            AuthorityDirectory.COLUMNS + ", name_key, source FROM authority",
            (rs, n) ->
                new Stored(
                    rs.getString("name_key"),
                    AuthorityDirectory.AUTHORITY.mapRow(rs, n),
                    AuthoritySource.valueOf(rs.getString("source"))))
        .stream()
        .collect(Collectors.toMap(Stored::key, Function.identity()));
  }
}
