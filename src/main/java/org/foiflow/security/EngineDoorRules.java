package org.foiflow.security;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which calls of Camunda's engine REST API (at /engine-rest and, for the webapps, at
 * /camunda/api/engine) anyone but an administrator may make. The engine checks authorizations,
 * but not FOI Flow's rules: a grant to complete a task is also a grant to complete it with any
 * variables, and a grant to start a request lets its starter set every variable. So the only
 * doors that change state are the ones that run FOI Flow's checks: submit-form (the forms'
 * rules, see org.foiflow.form), withdrawing a request (the message foi-withdraw, checked here)
 * and a few that set no variables. Everything else that changes state is refused with 403.
 * Requesters also get no statistics (counts over every request), and no Cockpit API.
 */
final class EngineDoorRules {

  /** What the door guard does with a call. */
  enum Door {
    /** Let the engine answer (it applies its authorizations). */
    PASS,
    /** Complete a task by its form: the form's rules run in the engine (org.foiflow.form); for everyone. */
    TASK_FORM,
    /** Start a process by its start form: for anyone but administrators, only the request process. */
    START_BY_FORM,
    /** The message endpoint: only foi-withdraw, for one's own request (editors: any). */
    MESSAGE,
    REFUSE
  }

  private static final String ID = "[^/]+";
  /** POST that only reads: Camunda's queries with a body. */
  private static final Pattern QUERY =
      Pattern.compile("/(task|process-instance|execution|variable-instance|job|job-definition"
          + "|group|history/(process-instance|task|activity-instance|variable-instance|detail|job-log"
          + "))(/count)?"
          + "|/filter/" + ID + "/(list|count|singleResult)");
  private static final Pattern START_FORM =
      Pattern.compile("/process-definition/(key/" + ID + "(/tenant-id/" + ID + ")?|" + ID + ")/submit-form");
  private static final Pattern TASK_FORM = Pattern.compile("/task/" + ID + "/submit-form");
  private static final Pattern TASK_COMMENT = Pattern.compile("/task/" + ID + "/comment/create");
  private static final Pattern OWN_ACCOUNT = Pattern.compile("/user/(" + ID + ")/(credentials|profile)");
  /** What editors do in Cockpit and Tasklist besides the forms: retry a failed email, hand a task on. */
  private static final List<Pattern> EDITOR_WORK =
      List.of(
          Pattern.compile("PUT /job/" + ID + "/(retries|duedate)"),
          Pattern.compile("(PUT|DELETE) /incident/" + ID + "/annotation"),
          Pattern.compile("POST /task/" + ID + "/(claim|unclaim|assignee|delegate)"));
  /** APIs FOI Flow does not use (external tasks: none in its diagrams; some answer 500 for a missing id). */
  private static final Pattern UNUSED = Pattern.compile("/external-task(/.*)?");
  /** Counts over every request, whatever the caller may read. */
  private static final Pattern STATISTICS =
      Pattern.compile(".*/(statistics|statistics-count|report|[a-z-]+-report)(/.*)?|/metrics(/.*)?|/schema/log");

  private EngineDoorRules() {}

  /**
   * @param path inside the engine API, without /engine/{name}: e.g. /task/42/submit-form
   */
  static Door engineCall(Caller caller, String method, String path) {
    if (method.equals("POST") && TASK_FORM.matcher(path).matches()) {
      return Door.TASK_FORM;
    }
    if (method.equals("POST") && START_FORM.matcher(path).matches()) {
      return Door.START_BY_FORM;
    }
    if (caller.isAdministrator()) {
      return Door.PASS;
    }
    if (UNUSED.matcher(path).matches()) {
      return Door.REFUSE;
    }
    boolean changes = !(method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS"));
    if (!changes) {
      return !caller.isEditor() && STATISTICS.matcher(path).matches() ? Door.REFUSE : Door.PASS;
    }
    if (method.equals("POST")) {
      if (QUERY.matcher(path).matches() || TASK_COMMENT.matcher(path).matches()) {
        return Door.PASS;
      }
      if (path.equals("/message")) {
        return Door.MESSAGE;
      }
    }
    var ownAccount = OWN_ACCOUNT.matcher(path);
    if (method.equals("PUT") && ownAccount.matches() && ownAccount.group(1).equals(caller.userId())) {
      return Door.PASS;
    }
    String call = method + " " + path;
    if (caller.isEditor() && EDITOR_WORK.stream().anyMatch(work -> work.matcher(call).matches())) {
      return Door.PASS;
    }
    return Door.REFUSE;
  }

  /**
   * The webapps' own APIs under /camunda/api (not the engine's): login and logout for everyone,
   * Cockpit's for editors and administrators only (its plugins count every request).
   *
   * @param path after /camunda/api, e.g. /cockpit/plugin/base/default/process-definition/statistics
   */
  static Door webappCall(Caller caller, String path) {
    if (path.startsWith("/cockpit/") && !caller.isAdministrator() && !caller.isEditor()) {
      return Door.REFUSE;
    }
    return Door.PASS;
  }
}
