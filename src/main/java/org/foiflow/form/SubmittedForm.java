package org.foiflow.form;

import static org.foiflow.input.SentValue.quoted;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.foiflow.contract.IsoDates;

/**
 * The values a person submitted in a form, with what the process already knows, and the problems
 * found so far. Each accessor records a problem (naming the field) instead of throwing, so a
 * person sees every mistake at once.
 */
public final class SubmittedForm {

  // Deliberately plain: one @, a dot in the domain, no spaces. Real checking is the mail server's.
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s<>\"]+@[^@\\s<>\"]+\\.[^@\\s<>\"]{2,}$");

  /** How much of a submitted value an error message shows: enough to recognise it, no more. */
  static final int SHOWN_PROBLEMS = 10;

  private final Map<String, Object> submitted;
  private final Map<String, Object> known;
  private final LocalDate today;
  private final List<String> problems = new ArrayList<>();

  public SubmittedForm(Map<String, Object> submitted, Map<String, Object> known, LocalDate today) {
    this.submitted = submitted;
    this.known = known;
    this.today = today;
  }

  public LocalDate today() {
    return today;
  }

  /** The submitted value, or else the one the process already holds. */
  public Object value(String field) {
    Object value = submitted.get(field);
    return value != null ? value : known.get(field);
  }

  /**
   * For a Json variable a REST client sent, its text exactly as sent, not yet parsed; otherwise
   * the value. Parsing it into Spin reads every JSON number as a double, which rounds long
   * numbers and turns "-1e-999999999" into 0 before anyone can check it.
   */
  public Object json(String field) {
    if (submitted instanceof VariableMap variables
        && variables.getValueTyped(field) instanceof SerializableValue serializable
        && !serializable.isDeserialized()) {
      return serializable.getValueSerialized();
    }
    return value(field);
  }

  public String text(String field) {
    Object value = value(field);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public String requireText(String field, String label, int maxLength) {
    String text = text(field);
    if (text == null) {
      problem(field, label + " is required");
    } else if (text.length() > maxLength) {
      problem(field, label + " is too long (" + text.length() + " characters, at most " + maxLength + ")");
    }
    return text;
  }

  public String optionalText(String field, String label, int maxLength) {
    String text = text(field);
    if (text != null && text.length() > maxLength) {
      problem(field, label + " is too long (" + text.length() + " characters, at most " + maxLength + ")");
    }
    return text;
  }

  public String requireEmail(String field, String label) {
    String text = requireText(field, label, 254);
    if (text != null && text.length() <= 254 && !EMAIL.matcher(text).matches()) {
      problem(field, label + " " + quoted(text) + " is not a valid email address");
    }
    return text;
  }

  public String requireOneOf(String field, String label, Set<String> allowed) {
    String text = text(field);
    if (text == null) {
      problem(field, label + " is required");
    } else if (!allowed.contains(text)) {
      problem(field, label + " " + quoted(text) + " is not one of " + String.join(", ", allowed.stream().sorted().toList()));
      return null;
    }
    return text;
  }

  public LocalDate requireDate(String field, String label) {
    if (text(field) == null) {
      problem(field, label + " is required");
      return null;
    }
    return optionalDate(field, label);
  }

  public LocalDate optionalDate(String field, String label) {
    String text = text(field);
    if (text == null) {
      return null;
    }
    try {
      LocalDate date = IsoDates.parseTyped(text);
      if (date.getYear() < 2000 || date.getYear() > 2100) {
        problem(field, label + " " + quoted(text) + " is outside 2000-2100");
        return null;
      }
      if (submitted.containsKey(field) && !date.toString().equals(text)) {
        // Stored as yyyy-MM-dd whatever way it was typed: timers, Cockpit and every reader expect that.
        submitted.put(field, date.toString());
      }
      return date;
    } catch (DateTimeParseException e) {
      problem(field, label + " " + quoted(text) + " is not a date " + IsoDates.HOW_TO_WRITE);
      return null;
    }
  }

  public void problem(String field, String message) {
    problems.add(field + ": " + message);
  }

  public List<String> problems() {
    return Collections.unmodifiableList(problems);
  }

  /**
   * The problems on one line for the answer (and Camunda's log): the first {@value
   * #SHOWN_PROBLEMS}, then how many more, so that 200 bad figures still get a short answer.
   */
  public String summary() {
    String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS)));
    int more = problems.size() - SHOWN_PROBLEMS;
    return more > 0 ? shown + "; and " + more + " more" : shown;
  }
}
