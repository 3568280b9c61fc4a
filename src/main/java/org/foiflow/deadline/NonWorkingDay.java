package org.foiflow.deadline;

import java.time.LocalDate;

/** A weekday the clock skipped, with the holiday's name (and where it applies if not everywhere). */
public record NonWorkingDay(LocalDate date, String reason) {}
