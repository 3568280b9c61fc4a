package org.foiflow.reminder;

import java.time.LocalDate;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.foiflow.contract.RequestVariables;
import org.foiflow.contract.Today;
import org.foiflow.deadline.StatutoryClock;
import org.foiflow.mail.Correspondence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The Task_Remind* service tasks behind every reminder timer. A reminder goes out once per kind
 * and deadline; of the response series only the one that fits now goes out, so a request filed
 * late does not get every past reminder at once. What went out is kept in {@code remindersSent}
 * and the latest in {@code lastReminder}, visible in Cockpit.
 */
@Component("sendReminder")
class SendReminder implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(SendReminder.class);

  private final StatutoryClock clock;
  private final DeadlineMoments moments;
  private final Today today;
  private final Correspondence correspondence;

  SendReminder(StatutoryClock clock, DeadlineMoments moments, Today today, Correspondence correspondence) {
    this.clock = clock;
    this.moments = moments;
    this.today = today;
    this.correspondence = correspondence;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ReminderKind kind = ReminderKind.valueOf((String) execution.getVariableLocal(RequestVariables.REMINDER_KIND.name()));
    LocalDate deadline = kind.deadlineVariable().require(execution);
    var regime = RequestVariables.REGIME.require(execution);
    var calendar = clock.calendar(regime);
    if (kind.inResponseSeries()
        && !moments.schedule(regime).fittingResponseReminder(deadline, calendar, today.now().toInstant()).equals(Optional.of(kind))) {
      LOG.debug("{} {}: a later reminder fits now; {} not sent", execution.getProcessBusinessKey(), deadline, kind);
      return;
    }
    String key = kind + "@" + deadline + ";";
    String sent = Optional.ofNullable(RequestVariables.REMINDERS_SENT.get(execution)).orElse("");
    if (sent.contains(key)) {
      return;
    }
    LOG.info("Reminder {} for {} (deadline {})", kind, execution.getProcessBusinessKey(), deadline);
    RequestVariables.REMINDERS_SENT.set(execution, sent + key);
    RequestVariables.LAST_REMINDER.set(execution, kind.name());
    RequestVariables.LAST_REMINDER_DATE.set(execution, today.date());
    correspondence.write(execution, kind.email());
  }
}
