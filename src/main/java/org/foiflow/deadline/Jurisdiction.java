package org.foiflow.deadline;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whose holidays a working-day calendar skips. The DMN column {@code calendar} names one of these
 * constants.
 */
public enum Jurisdiction {
  ENGLAND_AND_WALES(EnumSet.of(Division.ENGLAND_AND_WALES)),
  /** FOISA s.73: not a Saturday, Sunday, Christmas Day or a bank holiday in Scotland. */
  SCOTLAND(EnumSet.of(Division.SCOTLAND)),
  NORTHERN_IRELAND(EnumSet.of(Division.NORTHERN_IRELAND)),
  /**
   * FOIA s.10(6) (and EIR reg 2(1)): not a Saturday, Sunday, Christmas Day, Good Friday or a bank
   * holiday in ANY part of the United Kingdom, so the union of the three divisions.
   */
  UNITED_KINGDOM(EnumSet.of(Division.ENGLAND_AND_WALES, Division.SCOTLAND, Division.NORTHERN_IRELAND)),
  /** 5 U.S.C. 552(a)(6)(A)(i): excepting Saturdays, Sundays and legal public holidays. */
  US_FEDERAL(EnumSet.of(Division.US)),
  /** FOI Act 2014 (IE) s.2: not a Saturday, Sunday or public holiday. */
  IRELAND(EnumSet.of(Division.IRELAND));

  private final Set<Division> divisions;

  Jurisdiction(Set<Division> divisions) {
    this.divisions = divisions;
  }

  public Set<Division> divisions() {
    return EnumSet.copyOf(divisions);
  }
}
