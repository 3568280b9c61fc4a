package org.foiflow.deadline;

import java.util.List;
import org.foiflow.deadline.BankHolidayTable.ListedHoliday;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The holiday table kept in the database (table {@code holiday}), as the clock reads it: a copy
 * in memory, since the clock asks about every day it counts. The copy is read again when the
 * change version ({@code holiday_change}) differs from the copy's: at once on the node that made
 * the change ({@link #reload}), and on every other node within
 * {@code foiflow.holidays.refresh} (5 s by default), so a cluster agrees without a restart.
 */
@Component
public class StoredHolidays {

  private record Copy(long version, BankHolidayTable table) {}

  private final JdbcClient jdbc;
  private volatile Copy copy;

  StoredHolidays(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The table as the database holds it; read on first use, after the migrations have run. */
  public BankHolidayTable current() {
    Copy now = copy;
    if (now == null) {
      return reload();
    }
    return now.table();
  }

  /** Reads the table again if another node (or this one) changed it since the copy was made. */
  @Scheduled(
      initialDelayString = "${foiflow.holidays.refresh:PT5S}",
      fixedDelayString = "${foiflow.holidays.refresh:PT5S}")
  public void refresh() {
    Copy now = copy;
    if (now != null && now.version() != version()) {
      reload();
    }
  }

  /** Reads the table now: after a change this node made, so that its next answer uses it. */
  public synchronized BankHolidayTable reload() {
    long version = version();
    List<ListedHoliday> rows =
        jdbc.sql("SELECT holiday_date, division, name, official FROM holiday")
            .query(
                (rs, n) ->
                    new ListedHoliday(
                        rs.getDate("holiday_date").toLocalDate(),
                        Division.ofCode(rs.getString("division")),
                        rs.getString("name"),
                        rs.getBoolean("official")))
            .list();
    BankHolidayTable table = BankHolidayTable.of(rows);
    copy = new Copy(version, table);
    return table;
  }

  private long version() {
    return jdbc.sql("SELECT version FROM holiday_change WHERE id = 1").query(Long.class).single();
  }
}
