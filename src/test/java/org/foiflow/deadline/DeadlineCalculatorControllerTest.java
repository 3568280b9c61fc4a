package org.foiflow.deadline;

import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.foiflow.input.InvalidParameterAdvice;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** The public calculator over MockMvc, without starting Spring Boot or Camunda. */
class DeadlineCalculatorControllerTest {

  private final MockMvc mvc =
      MockMvcBuilders.standaloneSetup(new DeadlineCalculatorController(ClockFixture.clock()))
          .setControllerAdvice(new InvalidParameterAdvice()).build();

  @Test
  void answersWithTheDueDateTheSkippedDaysAndTheLaterDates() throws Exception {
    mvc.perform(get("/api/deadlines").param("regime", "UK_FOIA").param("received", "2024-12-20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.regime").value("UK_FOIA"))
        .andExpect(jsonPath("$.calendar").value("UNITED_KINGDOM"))
        .andExpect(jsonPath("$.received").value("2024-12-20"))
        .andExpect(jsonPath("$.due").value("2025-01-23"))
        .andExpect(jsonPath("$.workingDays").value(20))
        .andExpect(jsonPath("$.skipped.length()").value(4))
        .andExpect(jsonPath("$.skipped[0].date").value("2024-12-25"))
        .andExpect(jsonPath("$.skipped[0].reason").value("Christmas Day"))
        .andExpect(jsonPath("$.skipped[3].date").value("2025-01-02"))
        .andExpect(jsonPath("$.skipped[3].reason").value("Scotland: 2nd January"))
        .andExpect(jsonPath("$.maxExtendedDue").value("2025-02-20"))
        // later dates assume each step on its last day: response 23 Jan, review asked 21 Mar
        .andExpect(jsonPath("$.reviewRequestBy").value("2025-03-21"))
        .andExpect(jsonPath("$.reviewResponseDue").value("2025-04-22"))
        .andExpect(jsonPath("$.reviewResponseMax").value("2025-05-21"))
        .andExpect(jsonPath("$.regulatorComplaintBy").value("2025-07-02"))
        .andExpect(jsonPath("$.regulatorNoReviewOutcome").value("2025-05-21"))
        .andExpect(jsonPath("$.periods.tribunalWindow").value("28D"))
        .andExpect(jsonPath("$.periods.feeLapse").value("3M"))
        .andExpect(jsonPath("$.clarified").doesNotExist())
        .andExpect(jsonPath("$.pausedWorkingDays").doesNotExist());
  }

  @Test
  void leavesOutWhatTheRegimeLacks() throws Exception {
    mvc.perform(get("/api/deadlines").param("regime", "SCOTLAND_FOISA").param("received", "2024-12-20"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.due").value("2025-01-23"))
        .andExpect(jsonPath("$.maxExtendedDue").doesNotExist())
        .andExpect(jsonPath("$.reviewResponseMax").doesNotExist())
        .andExpect(jsonPath("$.regulatorNoReviewOutcome").doesNotExist())
        .andExpect(jsonPath("$.periods.tribunalWindow").doesNotExist())
        .andExpect(jsonPath("$.periods.regulatorComplaintWindow").value("6M"));
  }

  @Test
  void restartsAtTheClarificationAndSkipsTheFeePause() throws Exception {
    mvc.perform(
            get("/api/deadlines")
                .param("regime", "UK_FOIA")
                .param("received", "2024-12-20")
                .param("clarified", "2025-01-06")
                .param("feePaused", "2025-01-13/2025-01-15"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.clarified").value("2025-01-06"))
        .andExpect(jsonPath("$.feePaused").value("2025-01-13/2025-01-15"))
        .andExpect(jsonPath("$.pausedWorkingDays").value(3))
        .andExpect(jsonPath("$.due").value("2025-02-06"))
        .andExpect(jsonPath("$.skipped.length()").value(0));
  }

  @Test
  void everyFeePauseCounts() throws Exception {
    // Received Monday 3 March 2025, due 1 April (St Patrick's Day is a UK holiday, s.10(6)).
    // Fees notices paid 10-14 March (5 working days) and 18-19 March (2) push it 7 later.
    mvc.perform(
            get("/api/deadlines")
                .param("regime", "UK_FOIA")
                .param("received", "2025-03-03")
                .param("feePaused", "2025-03-10/2025-03-14")
                .param("feePaused", "2025-03-18/2025-03-19"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.feePaused").value("2025-03-10/2025-03-14,2025-03-18/2025-03-19"))
        .andExpect(jsonPath("$.pausedWorkingDays").value(7))
        .andExpect(jsonPath("$.due").value("2025-04-10"));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          received=2024-12-20                                  | regime: is required
          regime=&received=2024-12-20                          | regime: is required
          regime=UK_FOI&received=2024-12-20                    | regime: 'UK_FOI' is not one of UK_FOIA, UK_EIR
          regime=uk_foia&received=2024-12-20                   | regime: 'uk_foia' is not one of
          regime=UK_FOIA                                       | received: is required
          regime=UK_FOIA&received=2024-02-30                   | received: '2024-02-30' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=2023-02-29                   | received: '2023-02-29' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=20-12-2024                   | received: '20-12-2024' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=2024-1-5                     | received: '2024-1-5' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=2024/12/02                   | received: '2024/12/02' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=02/12/24                     | received: '02/12/24' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=31/02/2024                   | received: '31/02/2024' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=1999-12-31                   | received: 1999-12-31 is outside 2000-01-01 to 2100-12-31
          regime=UK_FOIA&received=2101-01-01                   | received: 2101-01-01 is outside 2000-01-01 to 2100-12-31
          regime=UK_FOIA&received=2024-12-20&clarified=2024-12-19 | clarified: 2024-12-19 is before received (2024-12-20)
          regime=UK_FOIA&received=2024-12-20&clarified=2024-13-01 | clarified: '2024-13-01' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=2024-12-20&feePaused=2025-01-10/2025-01-06 | feePaused: ends (2025-01-06) before it starts (2025-01-10)
          regime=UK_FOIA&received=2024-12-20&feePaused=2025-01-10 | feePaused: '2025-01-10' is not FROM/TO
          regime=UK_FOIA&received=2024-12-20&feePaused=2025-01-10/2025-02-31 | feePaused: '2025-02-31' is not a valid date (day first, e.g. 02/12/2026, or 2026-12-02)
          regime=UK_FOIA&received=2024-12-20&feePaused=2024-12-01/2024-12-31 | feePaused: starts (2024-12-01) before received (2024-12-20)
          """)
  void badInputIsA400NamingTheParameter(String query, String message) throws Exception {
    mvc.perform(get("/api/deadlines?" + query))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
        .andExpect(jsonPath("$.status").value(400))
        .andExpect(jsonPath("$.detail", startsWith(message)))
        .andExpect(content().string(not(containsString("Exception"))))
        .andExpect(content().string(not(containsString("at org."))));
  }
}
