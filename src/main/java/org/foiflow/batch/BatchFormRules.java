package org.foiflow.batch;

import static org.foiflow.input.SentValue.quoted;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.foiflow.authority.Authority;
import org.foiflow.authority.AuthorityTags;
import org.foiflow.contract.Regime;
import org.foiflow.contract.RequestVariables;
import org.foiflow.form.FormRules;
import org.foiflow.form.SubmittedForm;
import org.springframework.stereotype.Component;

/**
 * The start form "Send a request to many authorities": every field checked, and the group too.
 * A tag nobody has, a name the directory does not know, or (when FOI Flow emails the letters) an
 * authority without an FOI address is refused naming them, and nothing is started, unless the
 * requester chose to leave out the authorities without an address.
 */
@Component
class BatchFormRules implements FormRules {

  static final String FORM_ID = "send-batch-request";
  static final String SEND_BY_EMAIL = "EMAIL";
  static final String SEND_BY_ELSEWHERE = "ELSEWHERE";
  private static final Set<String> REGIMES =
      Arrays.stream(Regime.values()).map(Enum::name).collect(Collectors.toUnmodifiableSet());

  private final BatchRecipients recipients;
  private final BatchSettings settings;

  BatchFormRules(BatchRecipients recipients, BatchSettings settings) {
    this.recipients = recipients;
    this.settings = settings;
  }

  @Override
  public String formId() {
    return FORM_ID;
  }

  @Override
  public void check(SubmittedForm form) {
    form.requireText(RequestVariables.SUBJECT.name(), "Subject", 200);
    form.requireText(RequestVariables.REQUEST_TEXT.name(), "Request text", 20_000);
    String regime = form.text(RequestVariables.REGIME.name());
    if (regime != null && !REGIMES.contains(regime)) {
      form.problem(RequestVariables.REGIME.name(), "Regime " + quoted(regime) + " is not one of " + String.join(", ", REGIMES.stream().sorted().toList()));
    }
    String sendBy = form.requireOneOf(RequestVariables.SEND_BY.name(), "Send by", Set.of(SEND_BY_EMAIL, SEND_BY_ELSEWHERE));
    form.requireText(RequestVariables.REQUESTER_NAME.name(), "Your name", 200);
    form.requireEmail(RequestVariables.REQUESTER_EMAIL.name(), "Your email");
    BatchRecipients.Choice choice = choice(form);
    if (choice == null) {
      return;
    }
    boolean leaveOut = Boolean.TRUE.equals(RequestVariables.LEAVE_OUT_UNADDRESSED.in(submitted(form)));
    boolean emailed = SEND_BY_EMAIL.equals(sendBy);
    if (emailed && !leaveOut && !choice.unaddressed().isEmpty()) {
      form.problem(
          field(form),
          choice.unaddressed().size() + " of the authorities have no FOI address in the directory: "
              + BatchRecipients.listed(choice.unaddressed().stream().map(Authority::name).toList())
              + "; add their addresses, or choose to leave them out (leaveOutUnaddressed)");
      return;
    }
    List<Authority> members = choice.members(emailed && leaveOut);
    if (members.isEmpty() && choice.unknown().isEmpty()) {
      form.problem(field(form), "no authority is left once those without an FOI address are left out");
    } else if (members.size() > settings.maxMembers()) {
      form.problem(field(form), members.size() + " authorities; a batch may go to at most " + settings.maxMembers());
    }
  }

  /** The authorities of the tag or the names, with problems recorded; null when there are none to check. */
  private BatchRecipients.Choice choice(SubmittedForm form) {
    String tag = form.text(RequestVariables.AUTHORITY_TAG.name());
    String namesText = form.text(RequestVariables.AUTHORITY_NAMES.name());
    if ((tag == null) == (namesText == null)) {
      form.problem(RequestVariables.AUTHORITY_TAG.name(), "give either a group of authorities (tag) or their names, not "
          + (tag == null ? "neither" : "both"));
      return null;
    }
    if (tag != null) {
      if (!AuthorityTags.isTag(tag.toLowerCase(java.util.Locale.ROOT))) {
        form.problem(RequestVariables.AUTHORITY_TAG.name(), "Group " + quoted(tag) + " is not a tag");
        return null;
      }
      BatchRecipients.Choice choice = recipients.byTag(tag);
      if (choice.authorities().isEmpty()) {
        form.problem(RequestVariables.AUTHORITY_TAG.name(), "no authority in the directory has the tag " + quoted(tag));
        return null;
      }
      return choice;
    }
    List<String> names;
    try {
      names = BatchRecipients.names(namesText);
    } catch (IllegalArgumentException e) {
      form.problem(RequestVariables.AUTHORITY_NAMES.name(), "Authorities " + e.getMessage());
      return null;
    }
    if (names.size() > settings.maxMembers()) {
      form.problem(RequestVariables.AUTHORITY_NAMES.name(), names.size() + " names; a batch may go to at most " + settings.maxMembers());
      return null;
    }
    BatchRecipients.Choice choice = recipients.byNames(names);
    if (!choice.unknown().isEmpty()) {
      form.problem(
          RequestVariables.AUTHORITY_NAMES.name(),
          "not in the directory: " + BatchRecipients.listed(choice.unknown().stream().map(n -> quoted(n)).toList()));
    }
    return choice;
  }

  private static String field(SubmittedForm form) {
    return form.text(RequestVariables.AUTHORITY_TAG.name()) != null
        ? RequestVariables.AUTHORITY_TAG.name()
        : RequestVariables.AUTHORITY_NAMES.name();
  }

  private static java.util.Map<String, Object> submitted(SubmittedForm form) {
    return java.util.Collections.singletonMap(
        RequestVariables.LEAVE_OUT_UNADDRESSED.name(), form.value(RequestVariables.LEAVE_OUT_UNADDRESSED.name()));
  }
}
