package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.foiflow.contract.Regime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MailTemplatesTest {

  final MailTemplates templates = new MailTemplates();

  static Map<String, Object> facts() {
    Map<String, Object> facts = new HashMap<>();
    facts.put("reference", "FOI-2025-0042");
    facts.put("authorityName", "Home Office");
    facts.put("requesterName", "Alice Reporter");
    facts.put("subject", "Tip-offs from MPs");
    facts.put("requestText", "How many tip-offs?");
    facts.put("sendBy", "EMAIL");
    facts.put("clarificationText", "I mean 2014 to 2016.");
    facts.put("reviewGrounds", "The exemption does not apply.");
    facts.put("dueDate", LocalDate.of(2025, 4, 1));
    facts.put("sentDate", LocalDate.of(2025, 3, 3));
    facts.put("law", Statutes.law(Regime.UK_FOIA));
    facts.put("responseDuty", Statutes.responseDuty(Regime.UK_FOIA));
    facts.put("taskLink", "http://127.0.0.1:8080/camunda/app/tasklist/default/#/?task=t-1");
    facts.put("requestPage", "http://127.0.0.1:8080/requests/FOI-2025-0042");
    return facts;
  }

  /** Every email about one request; the batch's confirmation is about many (below). */
  @ParameterizedTest
  @EnumSource(value = MailKind.class, mode = EnumSource.Mode.EXCLUDE, names = "BATCH_CONFIRMATION")
  void everyEmailNamesTheReferenceInItsOneLineSubjectAndTheAuthorityAndDueDateInItsBody(MailKind kind) {
    var text = templates.render(kind, facts());
    assertThat(text.subject()).contains("FOI-2025-0042").doesNotContain("\n").doesNotContain("[(");
    assertThat(text.body()).contains("Home Office").contains("1 April 2025").doesNotContain("[(").doesNotContain("${");
    if (kind.recipient() == MailKind.Recipient.REQUESTER) {
      // The next step is a task, or (a bounce) the request's page, where the address is corrected.
      assertThat(text.body()).contains("FOI-2025-0042").containsAnyOf("#/?task=t-1", "/requests/FOI-2025-0042").contains("What to do next");
    } else {
      assertThat(text.body()).contains("Alice Reporter").doesNotContain("tasklist");
    }
  }

  /**
   * Mail programs wrap long lines themselves; a line break inside a sentence shows as a ragged
   * break on a phone. So within a paragraph a line ends a sentence, a heading ("...:"), a
   * greeting or a field ("Authority: Home Office"), never mid-sentence.
   */
  @ParameterizedTest
  @EnumSource(MailKind.class)
  void sentencesAreNotHardWrapped(MailKind kind) {
    String[] lines = templates.render(kind, facts()).body().split("\n");
    for (int i = 0; i + 1 < lines.length; i++) {
      if (!lines[i].isBlank() && !lines[i + 1].isBlank()) {
        assertThat(lines[i]).as("line %d of %s runs on into the next", i + 1, kind).matches("(?s).*[.:,?!\")]$|^[A-Z][a-z]+: .*|^http.*");
      }
    }
  }

  @Test
  void theChaserCitesTheStatutoryDeadline() {
    var text = templates.render(MailKind.CHASER, facts());
    assertThat(text.body())
        .contains("section 10(1) of the Freedom of Information Act 2000")
        .contains("Tuesday 1 April 2025")
        .contains("3 March 2025");
  }

  @Test
  void theConfirmationSaysWhoSendsTheRequest() {
    assertThat(templates.render(MailKind.CONFIRMATION, facts()).body()).contains("FOI Flow has emailed it");
    Map<String, Object> elsewhere = facts();
    elsewhere.put("sendBy", "ELSEWHERE");
    assertThat(templates.render(MailKind.CONFIRMATION, elsewhere).body())
        .contains("Send it to the authority yourself")
        .doesNotContain("FOI Flow has emailed it");
  }

  @Test
  void aSubjectCannotCarryALineBreakFromTheRequest() {
    Map<String, Object> facts = facts();
    facts.put("subject", "Tip-offs\r\nBcc: someone@example.org");
    assertThat(templates.render(MailKind.REQUEST_LETTER, facts).subject()).doesNotContain("\r").doesNotContain("\n");
  }

  @Test
  void everyLawHasItsDutyToRespondInWords() {
    for (Regime regime : Regime.values()) {
      assertThat(Statutes.responseDuty(regime)).doesNotContain("_").isNotBlank();
      assertThat(Statutes.law(regime)).doesNotContain("_").isNotBlank();
    }
  }

  /** Text templates, sent as text/plain: markup in untrusted text stays text, neither run nor escaped. */
  @ParameterizedTest
  @EnumSource(value = MailKind.class, mode = EnumSource.Mode.EXCLUDE, names = "BATCH_CONFIRMATION")
  void untrustedTextIsWrittenAsPlainText(MailKind kind) {
    Map<String, Object> facts = facts();
    facts.put("authorityName", "<script>alert(1)</script>");
    facts.put("requestText", "<img src=x onerror=alert(1)>");
    facts.put("clarificationText", "<img src=x onerror=alert(1)>");
    facts.put("reviewGrounds", "<img src=x onerror=alert(1)>");
    var text = templates.render(kind, facts);
    assertThat(text.body()).contains("<script>alert(1)</script>").doesNotContain("&lt;").doesNotContain("&gt;");
  }

  @Test
  void theBatchConfirmationSaysHowManyAuthoritiesAndLinksTheBatchPage() {
    Map<String, Object> facts = facts();
    facts.put("reference", "BATCH-2025-0003");
    facts.put("authorities", 45);
    facts.put("batchPage", "http://127.0.0.1:8080/batches/BATCH-2025-0003");
    facts.put("subject", "<b>Stop and search</b>");
    var text = templates.render(MailKind.BATCH_CONFIRMATION, facts);
    assertThat(text.subject()).isEqualTo("BATCH-2025-0003: your request to 45 authorities is registered");
    assertThat(text.body())
        .contains("\"<b>Stop and search</b>\" is registered as the batch BATCH-2025-0003: 45 authorities get it")
        .contains("FOI Flow emails the letters")
        .contains("http://127.0.0.1:8080/batches/BATCH-2025-0003")
        .contains("What to do next")
        .doesNotContain("[(").doesNotContain("${");
    facts.put("authorities", 1);
    facts.put("sendBy", "ELSEWHERE");
    text = templates.render(MailKind.BATCH_CONFIRMATION, facts);
    assertThat(text.subject()).endsWith("your request to 1 authority is registered");
    assertThat(text.body()).contains("1 authority gets it").contains("Send it to each authority yourself");
  }
}
