package org.foiflow.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.foiflow.contract.Regime;
import org.foiflow.deadline.DeadlineSettings.SchoolTerm;

/**
 * The statutory deadline clock: a pure function of a regime, the dates of what happened, the
 * regime table and the holidays. Every date it returns is the last day on which the act is in
 * time. Ask again to recalculate (e.g. after a new holiday is configured).
 */
public final class StatutoryClock {

  /**
   * The regimes the s.45 Code reading ("received on a non-working day = received on the next
   * working day") can concern. FOISA is left out: the Scottish Commissioner counts the day of
   * receipt as day 0 (deemed receipt is s.74).
   */
  private static final Set<Regime> CODE_OF_PRACTICE_REGIMES =
      EnumSet.of(Regime.UK_FOIA, Regime.UK_EIR, Regime.UK_SCHOOL);

  private final Supplier<Map<Regime, RegimeRules>> rules;
  private final Map<Jurisdiction, WorkingDayCalendar> calendars = new EnumMap<>(Jurisdiction.class);
  private final DeadlineSettings settings;

  public StatutoryClock(
      Map<Regime, RegimeRules> rules, BankHolidayRegister holidays, DeadlineSettings settings) {
    this(fixed(complete(rules)), holidays, settings);
  }

  /** {@code rules}: the table as it is now (a newer version may be deployed while FOI Flow runs). */
  public StatutoryClock(
      Supplier<Map<Regime, RegimeRules>> rules, BankHolidayRegister holidays, DeadlineSettings settings) {
    complete(rules.get());
    this.rules = rules;
    this.settings = settings;
    for (Jurisdiction jurisdiction : Jurisdiction.values()) {
      calendars.put(jurisdiction, new WorkingDayCalendar(jurisdiction, holidays));
    }
  }

  public RegimeRules rules(Regime regime) {
    return rules.get().get(regime);
  }

  private static Supplier<Map<Regime, RegimeRules>> fixed(Map<Regime, RegimeRules> table) {
    return () -> table;
  }

  /** A table with a row for every regime, as an unchangeable copy. */
  static Map<Regime, RegimeRules> complete(Map<Regime, RegimeRules> rules) {
    for (Regime regime : Regime.values()) {
      if (!rules.containsKey(regime)) {
        throw new IllegalArgumentException("no rules for regime " + regime);
      }
    }
    return Collections.unmodifiableMap(new EnumMap<>(rules));
  }

  public WorkingDayCalendar calendar(Regime regime) {
    return calendars.get(rules(regime).calendar());
  }

  /** FOIA s.10(1), EIR reg 5(2), FOISA s.10(1): the Nth working day after the day of receipt. */
  public Deadline responseDue(Regime regime, LocalDate received) {
    return responseDue(regime, RequestEvents.receivedOn(received));
  }

  /**
   * The day a posted request counts as received when the authority's own date of receipt is not
   * known: FOISA s.74(1), the third day after the day of posting (whatever the date of receipt); elsewhere the second working
   * day after posting, the ordinary course of first-class post presumed by the Interpretation Act
   * 1978 s.7 (as CPR r.6.26 puts it). A requester who knows the date of receipt gives it instead.
   */
  public LocalDate receivedByPost(Regime regime, LocalDate posted) {
    if (regime == Regime.SCOTLAND_FOISA) {
      return posted.plusDays(3);
    }
    return calendar(regime).addWorkingDays(posted, 2);
  }

  /** The response due date, after a clarification and/or a fee pause where there was one. */
  public Deadline responseDue(Regime regime, RequestEvents events) {
    RegimeRules rule = rules(regime);
    WorkingDayCalendar calendar = calendar(regime);
    LocalDate dayZero = dayZero(regime, events.clockStart());
    Predicate<LocalDate> counts = countedDay(calendar, events);
    LocalDate due = nthDay(dayZero, rule.responseWorkingDays(), counts);
    LocalDate outerLimit = null;
    if (rule.responseSchoolDays() != null) {
      // SI 2004/3364: the earlier of the 20th school day and the 60th working day after receipt.
      // Without the school's terms the 20th school day is unknown: the 20th working day is the
      // earliest it can be, so reminders come in time, and the 60th working day is the outer limit.
      // The authority's own terms (directory column term_dates) come before the global setting.
      List<SchoolTerm> terms = events.schoolTerms().isEmpty() ? settings.schoolTerms() : events.schoolTerms();
      outerLimit = due;
      due = terms.isEmpty()
          ? nthDay(dayZero, rule.responseSchoolDays(), counts)
          : earlierSchoolDay(dayZero, rule.responseSchoolDays(), counts, due, terms);
    }
    return describe(calendar, events, dayZero, due).withOuterLimit(outerLimit);
  }

  /**
   * The latest extended due date: the response due date plus the regime's extension (FOIA
   * s.10(3) +20 WD by ICO guidance; EIR reg 7(1) 40 WD after receipt; US +10 WD; IE +4 weeks).
   * Empty where the regime has no extension (FOISA).
   */
  public Optional<LocalDate> maxExtendedDue(Regime regime, RequestEvents events) {
    Integer extension = rules(regime).extensionWorkingDays();
    if (extension == null) {
      return Optional.empty();
    }
    Deadline deadline = responseDue(regime, events);
    // A school's extension counts from the outer limit: the due date may be as late as that.
    LocalDate due = deadline.outerLimit() != null ? deadline.outerLimit() : deadline.due();
    return Optional.of(nthDay(due, extension, countedDay(calendar(regime), events)));
  }

  /** Is a date proposed by the authority for an extended response beyond the regime's limit? */
  public Optional<ExtensionCheck> checkExtension(
      Regime regime, RequestEvents events, LocalDate proposed) {
    return maxExtendedDue(regime, events)
        .map(
            limit ->
                new ExtensionCheck(limit, proposed.isAfter(limit), rules(regime).extensionRule()));
  }

  /** Last day to ask for an internal review (reconsideration, appeal), counted from the response. */
  public Optional<LocalDate> reviewRequestDeadline(Regime regime, LocalDate responseSent) {
    return after(regime, RegimeRules::reviewRequestWindow, responseSent);
  }

  /**
   * Last day to ask for a review of a request's answer, or of no answer: {@code response} is the
   * day the answer came (null: none came), {@code due} the time for compliance. FOISA s.20(5): 40
   * working days after the time for compliance expired or, when the answer came late, after it
   * was received; an early answer does not start the period early. Elsewhere the period runs from
   * the answer (FOIA s.45 Code, EIR reg 11(2), the US and Irish acts) or from the due date passed.
   */
  public Optional<LocalDate> reviewRequestDeadline(Regime regime, LocalDate response, LocalDate due) {
    LocalDate from;
    if (response == null) {
      from = due;
    } else if (regime == Regime.SCOTLAND_FOISA && response.isBefore(due)) {
      from = due;
    } else {
      from = response;
    }
    return reviewRequestDeadline(regime, from);
  }

  /**
   * Last day to complain to the regulator when the review brought no outcome: FOISA s.47(4)(b),
   * six months after the review period (s.21(1), 20 working days, {@code reviewDue}) expired;
   * elsewhere (ICO) from the day the requester records that none came. Empty when that day is
   * not given (null).
   */
  public Optional<LocalDate> regulatorComplaintDeadlineWithoutOutcome(Regime regime, LocalDate reviewDue, LocalDate recorded) {
    boolean scottishCommissioner = regime == Regime.SCOTLAND_FOISA || regime == Regime.SCOTLAND_EIR; // EISR reg 17
    LocalDate from = scottishCommissioner && reviewDue != null ? reviewDue : recorded;
    return from == null ? Optional.empty() : regulatorComplaintDeadline(regime, from);
  }

  /** When the review outcome is due, counted from receipt of the review request. */
  public Optional<LocalDate> reviewResponseDue(Regime regime, LocalDate reviewRequested) {
    return after(regime, RegimeRules::reviewResponse, reviewRequested);
  }

  /** The latest a review outcome may come in exceptional cases (FOIA s.45 Code: 40 WD). */
  public Optional<LocalDate> reviewResponseMax(Regime regime, LocalDate reviewRequested) {
    return after(regime, RegimeRules::reviewResponseMax, reviewRequested);
  }

  /** Last day to complain to the regulator (ICO, Scottish Commissioner) after the review outcome. */
  public Optional<LocalDate> regulatorComplaintDeadline(Regime regime, LocalDate reviewOutcome) {
    return after(regime, RegimeRules::regulatorComplaintWindow, reviewOutcome);
  }

  /**
   * The day the "no review outcome" wait ends (ICO: 40 WD after the review request); after it the
   * requester may complain to the regulator without a review outcome.
   */
  public Optional<LocalDate> regulatorNoReviewOutcomeDate(Regime regime, LocalDate reviewRequested) {
    return after(regime, RegimeRules::regulatorNoReviewWait, reviewRequested);
  }

  /**
   * Last day to appeal to the tribunal, from the day the regulator sent its decision notice. The
   * First-tier Tribunal's rules (GRC Rules 2009, r.12(3)): a period ending on a day that is not a
   * working day ends on the next working day; the tribunal sits in England and Wales, so its
   * working days are theirs (r.1: not a weekend, Christmas Day, Good Friday or bank holiday). By
   * 5pm on that day (r.12(1)): see DeadlineMoments#byFivePm.
   */
  public Optional<LocalDate> tribunalDeadline(Regime regime, LocalDate decisionNoticeSent) {
    return after(regime, RegimeRules::tribunalWindow, decisionNoticeSent)
        .map(calendars.get(Jurisdiction.ENGLAND_AND_WALES)::onOrAfter);
  }

  /**
   * FOIA s.9(2): the last day of the three months beginning with the day the fees notice is given;
   * unpaid by the end of it, the duty to comply lapses.
   */
  public Optional<LocalDate> feeLapse(Regime regime, LocalDate feesNoticeGiven) {
    return Optional.ofNullable(rules(regime).feeLapse())
        .map(period -> period.lastDayBeginningWith(feesNoticeGiven, calendar(regime)));
  }

  private Optional<LocalDate> after(
      Regime regime, Function<RegimeRules, StatutoryPeriod> window, LocalDate from) {
    return Optional.ofNullable(window.apply(rules(regime)))
        .map(period -> period.endAfter(from, calendar(regime)));
  }

  private LocalDate dayZero(Regime regime, LocalDate receipt) {
    if (settings.receiptOnNonWorkingDayMovesToNextWorkingDay()
        && CODE_OF_PRACTICE_REGIMES.contains(regime)) {
      return calendar(regime).onOrAfter(receipt);
    }
    // ICO guidance: the day of receipt is day 0 whatever day it is.
    return receipt;
  }

  /** FOIA s.10(2): working days inside a fee pause, any of them, are not counted. */
  private static Predicate<LocalDate> countedDay(WorkingDayCalendar calendar, RequestEvents events) {
    Predicate<LocalDate> working = calendar::isWorkingDay;
    return events.feePauses().isEmpty() ? working : working.and(day -> !events.isPaused(day));
  }

  private static LocalDate nthDay(LocalDate dayZero, int n, Predicate<LocalDate> counts) {
    LocalDate day = dayZero;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (counts.test(day)) {
        counted++;
      }
    }
    return day;
  }

  private static LocalDate earlierSchoolDay(
      LocalDate dayZero, int schoolDays, Predicate<LocalDate> counts, LocalDate workingDayDue, List<SchoolTerm> terms) {
    LocalDate day = dayZero;
    int counted = 0;
    while (day.isBefore(workingDayDue)) {
      day = day.plusDays(1);
      if (counts.test(day) && isSchoolDay(terms, day) && ++counted == schoolDays) {
        return day;
      }
    }
    return workingDayDue;
  }

  private static boolean isSchoolDay(List<SchoolTerm> terms, LocalDate day) {
    return terms.stream().anyMatch(term -> term.contains(day));
  }

  private static Deadline describe(
      WorkingDayCalendar calendar, RequestEvents events, LocalDate dayZero, LocalDate due) {
    List<NonWorkingDay> skipped = new ArrayList<>();
    int working = 0;
    int paused = 0;
    // From the day after the actual receipt, so that days passed over by moving day 0 show too.
    for (LocalDate day = events.clockStart().plusDays(1); !day.isAfter(due); day = day.plusDays(1)) {
      if (WorkingDayCalendar.isWeekend(day)) {
        continue;
      }
      Optional<String> holiday = calendar.holidayName(day);
      if (holiday.isPresent()) {
        skipped.add(new NonWorkingDay(day, holiday.get()));
      } else if (day.isAfter(dayZero)) {
        if (events.isPaused(day)) {
          paused++;
        } else {
          working++;
        }
      }
    }
    return new Deadline(dayZero, due, working, skipped, paused, null);
  }
}
