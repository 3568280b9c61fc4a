package org.foiflow.deadline;

import java.time.LocalDate;

/**
 * A proposed extended due date measured against the regime's limit.
 *
 * @param beyondLimit the proposed date is later than {@code limit}: a flag for FOIA (s.10(3) only
 *     asks for a reasonable time; the limit is ICO guidance), a breach for EIR reg 7(1)
 * @param rule where the limit comes from
 */
public record ExtensionCheck(LocalDate limit, boolean beyondLimit, String rule) {}
