package org.foiflow.contract;

/**
 * An access-to-information regime. Its periods and windows are rows of the DMN table {@code
 * statutory-deadlines.dmn}; this enum only names them.
 */
public enum Regime {
  /** Freedom of Information Act 2000 (England, Wales, Northern Ireland, UK-wide bodies). */
  UK_FOIA,
  /** Environmental Information Regulations 2004. */
  UK_EIR,
  /** Freedom of Information (Scotland) Act 2002. */
  SCOTLAND_FOISA,
  /** Environmental Information (Scotland) Regulations 2004. */
  SCOTLAND_EIR,
  /** FOIA 2000 for maintained schools and academies (SI 2004/3364). */
  UK_SCHOOL,
  /** US federal Freedom of Information Act, 5 U.S.C. 552. */
  US_FOIA,
  /** Ireland, Freedom of Information Act 2014. */
  IE_FOI;

  /** Environmental information regulations: their extension is reg 7(1), not FOIA's s.10(3). */
  public boolean environmental() {
    return this == UK_EIR || this == SCOTLAND_EIR;
  }
}
