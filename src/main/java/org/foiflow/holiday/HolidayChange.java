package org.foiflow.holiday;

import java.time.LocalDate;
import java.util.List;
import org.foiflow.contract.DatesForPeople;
import org.foiflow.deadline.Division;

/** A holiday added to or removed from some divisions, as the requester's email and the history tell it. */
record HolidayChange(LocalDate date, String name, List<Division> divisions, boolean added) {

  /** e.g. "A bank holiday, 15 January 2027 (St Mungo's Day), was added in Scotland". */
  String sentence() {
    String kind = divisions.stream().allMatch(HolidayChange::isUk) ? "bank holiday" : "public holiday";
    String where = where();
    String day = DatesForPeople.day(date);
    return added
        ? "A " + kind + ", " + day + " (" + name + "), was added in " + where
        : "The " + kind + " of " + day + " (" + name + ") in " + where + " was removed";
  }

  private String where() {
    List<String> labels = divisions.stream().map(Division::label).toList();
    if (labels.size() == 1) {
      return labels.get(0);
    }
    return String.join(", ", labels.subList(0, labels.size() - 1)) + " and " + labels.get(labels.size() - 1);
  }

  private static boolean isUk(Division division) {
    return division != Division.US && division != Division.IRELAND;
  }
}
