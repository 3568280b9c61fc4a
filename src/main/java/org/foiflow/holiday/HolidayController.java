package org.foiflow.holiday;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.foiflow.deadline.BankHolidayRegister;
import org.foiflow.deadline.Division;
import org.foiflow.security.RequestAccess;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The holidays the clock skips (issue 15, rule 13). {@code GET /api/holidays?year=YYYY} is public
 * like the deadline calculator; adding ({@code POST /api/holidays}) and removing
 * ({@code DELETE /api/holidays/{date}/{division}}) are for administrators (camunda-admin), and
 * re-time the open requests the change reaches before answering.
 */
@RestController
class HolidayController {

  /** One holiday as the API shows it: the divisions that have it on that date under that name. */
  record Holiday(LocalDate date, String name, List<String> divisions) {}

  /** What POST answers: the holiday as listed, and the requests whose deadlines moved. */
  record Added(LocalDate date, String name, List<String> divisions, List<String> retimed) {}

  private final BankHolidayRegister register;
  private final HolidayBook book;
  private final RequestRetiming retiming;
  private final RequestAccess access;

  HolidayController(BankHolidayRegister register, HolidayBook book, RequestRetiming retiming, RequestAccess access) {
    this.register = register;
    this.book = book;
    this.retiming = retiming;
    this.access = access;
  }

  @GetMapping("/api/holidays")
  List<Holiday> list(@RequestParam(name = "year", required = false) String year) {
    int y = year(year);
    Map<LocalDate, Map<String, List<String>>> byDate = new TreeMap<>();
    for (Division division : Division.values()) {
      register.holidaysIn(division, y)
          .forEach(
              (date, name) ->
                  byDate.computeIfAbsent(date, d -> new LinkedHashMap<>())
                      .computeIfAbsent(name, n -> new ArrayList<>())
                      .add(division.code()));
    }
    List<Holiday> holidays = new ArrayList<>();
    byDate.forEach((date, names) -> names.forEach((name, divisions) -> holidays.add(new Holiday(date, name, divisions))));
    return holidays;
  }

  /**
   * 201 when the holiday was added in at least one of the divisions; 200 when every division
   * already lists the date, which changes nothing (the name already listed stays).
   */
  @PostMapping("/api/holidays")
  ResponseEntity<Added> add(@RequestBody(required = false) String body) {
    access.requireAdministrator();
    HolidayInput input = HolidayInput.parse(body);
    List<Division> added = book.add(input.date(), input.name(), input.divisions());
    List<String> retimed =
        added.isEmpty() ? List.of() : retiming.retime(new HolidayChange(input.date(), input.name(), added, true));
    var answer = new Added(input.date(), input.name(), input.divisions().stream().map(Division::code).toList(), retimed);
    return ResponseEntity.status(added.isEmpty() ? HttpStatus.OK : HttpStatus.CREATED).body(answer);
  }

  @DeleteMapping("/api/holidays/{date}/{division}")
  ResponseEntity<Map<String, String>> remove(@PathVariable String date, @PathVariable String division) {
    access.requireAdministrator();
    LocalDate day = HolidayInput.date(date);
    Division where = HolidayInput.division(division);
    Optional<String> name = book.nameOn(day, where);
    if (name.isEmpty()) {
      return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", notListed(day, where)));
    }
    if (book.remove(day, where)) {
      retiming.retime(new HolidayChange(day, name.get(), List.of(where), false));
    }
    return ResponseEntity.noContent().build();
  }

  private String notListed(LocalDate day, Division where) {
    return register.holidaysIn(where, day.getYear()).containsKey(day)
        ? day + " in " + where.label() + " is a holiday by rule or by configuration, not in the holiday table; only the table's holidays can be removed"
        : "no holiday on " + day + " in " + where.label();
  }

  private static int year(String year) {
    try {
      int y = Integer.parseInt(year == null ? "" : year.strip());
      if (y >= 1900 && y <= 2200) {
        return y;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new HolidayInput.Refused("year: give a year from 1900 to 2200, e.g. year=2027");
  }

  @ExceptionHandler(HolidayInput.Refused.class)
  ResponseEntity<Map<String, String>> refused(HolidayInput.Refused e) {
    return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
  }
}
