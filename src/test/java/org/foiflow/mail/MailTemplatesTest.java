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
    return facts;
  }

  @ParameterizedTest
  @EnumSource(MailKind.class)
  void everyEmailNamesTheReferenceInItsOneLineSubjectAndTheAuthorityAndDueDateInItsBody(MailKind kind) {
    var text = templates.render(kind, facts());
    assertThat(text.subject()).contains("FOI-2025-0042").doesNotContain("\n").doesNotContain("[(");
    assertThat(text.body()).contains("Home Office").contains("1 April 2025").doesNotContain("[(").doesNotContain("${");
    if (kind.recipient() == MailKind.Recipient.REQUESTER) {
      assertThat(text.body()).contains("FOI-2025-0042").contains("#/?task=t-1").contains("What to do next");
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
    Map<String, Object> facts = facts();
    facts.put("requestPage", "http://127.0.0.1:8080/requests/FOI-2025-0042");
    String[] lines = templates.render(kind, facts).body().split("\n");
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
  @EnumSource(MailKind.class)
  void untrustedTextIsWrittenAsPlainText(MailKind kind) {
    Map<String, Object> facts = facts();
    facts.put("authorityName", "<script>alert(1)</script>");
    facts.put("requestText", "<img src=x onerror=alert(1)>");
    facts.put("clarificationText", "<img src=x onerror=alert(1)>");
    facts.put("reviewGrounds", "<img src=x onerror=alert(1)>");
    var text = templates.render(kind, facts);
    assertThat(text.body()).contains("<script>alert(1)</script>").doesNotContain("&lt;").doesNotContain("&gt;");
  }
}
