/**
 * FOI Flow's hooks into Camunda's internals (classes in {@code org.camunda.bpm..impl..}), which a
 * Camunda upgrade may change without notice. Checked against Camunda 7.24.0; each has a test that
 * fails when an upgrade breaks what it relies on. Outside this package only four classes touch an
 * internal type, because the public API hands one out (PackageShapeTest lists them):
 * RequestAccess and Logins ({@code IdentityService.getCurrentAuthentication()} returns the
 * internal Authentication; the webapps' session login has no public API; Logins also reads Basic
 * credentials with the REST API's own HttpBasicAuthenticationProvider, so both APIs parse them
 * alike: ApiAuthenticationTest), CsrfGuard (the names of
 * the webapps' CSRF cookie and header) and mail.WaitingEmails (jobs made due without the caller's
 * authorizations, in a transaction of their own).
 *
 * <ul>
 *   <li>{@link org.foiflow.engine.EngineClock}: "today" reads ClockUtil, the clock timers are
 *       judged by and tests move. Test: every lifecycle test that moves the clock.
 *   <li>{@link org.foiflow.engine.FormValidationPlugin} and {@link
 *       org.foiflow.engine.ValidatingFormHandlers}: a BPMN parse listener wraps the form handlers
 *       of start events and user tasks, so a submit-form through any door runs the forms' rules
 *       (Camunda Forms validate only in the browser). Tests: UncheckedDoorsTest, PlantedDataTest.
 *   <li>{@link org.foiflow.engine.ScriptsOff}: a parse listener refuses diagrams with scripts and
 *       the engine gets no script engine. Tests: ScriptsOffTest, CrossSiteEngineCallsTest.
 *   <li>{@link org.foiflow.engine.AuthenticatedGroupsAsGiven}: replaces the authorization manager,
 *       whose group narrowing scanned the whole authorization table in every command (Camunda
 *       issue 5485; 147 ms per call at 60,000 requests). Test: AuthenticatedGroupsAsGivenTest.
 *   <li>{@link org.foiflow.engine.OpenRequestChanges}: a history event handler with its own
 *       session, keeping the open-request index current within the engine's transaction. Tests:
 *       OpenRequestDeadlinesTest.
 *   <li>{@link org.foiflow.engine.NodeIdentity}: a stable lock owner for the job executor, so a
 *       restarted node releases its own locks at once. Tests: JobLocksTest, CrashIT.
 *   <li>{@link org.foiflow.engine.OneLinePerFailedSend}: the job executor's exception logging
 *       handler, so a failed send is one log line. Test: OneLinePerFailedSendTest.
 *   <li>{@link org.foiflow.engine.StartFormsFromProfile}: a command interceptor fills the
 *       deployed start form with the signed-in user's name and email, as Tasklist fetches no
 *       variables for a start form. Test: StartFormFromProfileTest.
 * </ul>
 */
package org.foiflow.engine;
