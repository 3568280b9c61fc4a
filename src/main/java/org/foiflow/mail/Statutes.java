package org.foiflow.mail;

import org.foiflow.contract.Regime;

/** The law a request is made under, named the way a letter to the authority cites it. */
final class Statutes {

  private Statutes() {}

  /** The law's title, for "a request under ...". */
  static String law(Regime regime) {
    return switch (regime) {
      case UK_FOIA, UK_SCHOOL -> "the Freedom of Information Act 2000";
      case UK_EIR -> "the Environmental Information Regulations 2004";
      case SCOTLAND_FOISA -> "the Freedom of Information (Scotland) Act 2002";
      case SCOTLAND_EIR -> "the Environmental Information (Scotland) Regulations 2004";
      case US_FOIA -> "the Freedom of Information Act, 5 U.S.C. 552";
      case IE_FOI -> "the Freedom of Information Act 2014";
    };
  }

  /** The provision that sets the deadline to answer, for the chaser. */
  static String responseDuty(Regime regime) {
    return switch (regime) {
      case UK_FOIA -> "section 10(1) of the Freedom of Information Act 2000";
      case UK_SCHOOL -> "section 10(1) of the Freedom of Information Act 2000 and SI 2004/3364";
      case UK_EIR -> "regulation 5(2) of the Environmental Information Regulations 2004";
      case SCOTLAND_FOISA -> "section 10(1) of the Freedom of Information (Scotland) Act 2002";
      case SCOTLAND_EIR -> "regulation 5(2)(a) of the Environmental Information (Scotland) Regulations 2004";
      case US_FOIA -> "5 U.S.C. 552(a)(6)(A)";
      case IE_FOI -> "section 13 of the Freedom of Information Act 2014";
    };
  }
}
