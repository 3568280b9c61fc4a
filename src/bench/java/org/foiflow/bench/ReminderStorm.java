package org.foiflow.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.foiflow.mail.MailCatcher;
import org.foiflow.reminder.DeadlineMoments;

/**
 * Reminder storm: the N requests filed together share one due date, so each of their reminder
 * timers falls due at one moment. The engine clock jumps to that moment and we time until the
 * mail catcher (GreenMail, SMTP on loopback) has received all N emails. The same N timers on a
 * bare process (timer, then a no-op service task) give the engine's own rate.
 */
final class ReminderStorm {

  static final String BARE_TIMER = "bench-bare-timer";

  private final BenchApp app;

  ReminderStorm(BenchApp app) {
    this.app = app;
  }

  void run(int n, LocalDate dueDate, Report report) throws Exception {
    MailCatcher catcher = app.bean(MailCatcher.class);
    DeadlineMoments moments = app.bean(DeadlineMoments.class);
    waitForIdle("filing's confirmation emails");
    app.refreshStatistics();

    // RESPONSE_DUE_SOON comes first: its storm is measured too, and clears the way for RESPONSE_DUE.
    double dueSoon = storm(n, catcher, moments.reminder("RESPONSE_DUE_SOON", dueDate.toString(), "UK_FOIA"));
    report.figure("Reminder storm RESPONSE_DUE_SOON: emails/s (N=" + n + ")", dueSoon, "emails/s", Report.check(dueSoon >= 200, ">= 200/s"));
    waitForIdle("RESPONSE_DUE_SOON storm");
    double due = storm(n, catcher, moments.reminder("RESPONSE_DUE", dueDate.toString(), "UK_FOIA"));
    report.figure("Reminder storm RESPONSE_DUE: emails/s (N=" + n + ")", due, "emails/s", Report.check(due >= 200, ">= 200/s"));
    waitForIdle("RESPONSE_DUE storm");

    double bare = bareStorm(n);
    report.figure("Bare engine: timer -> no-op service task, jobs/s", bare, "timers/s", null);
    report.figure("Reminder storm ratio RESPONSE_DUE / bare", due / bare, "", Report.check(due / bare >= 0.5, ">= 0.5"));
  }

  private double storm(int n, MailCatcher catcher, Date moment) throws Exception {
    int before = catcher.receivedCount();
    long start = System.nanoTime();
    jumpTo(moment);
    awaitCount(() -> catcher.receivedCount() - before, n, "emails");
    return n / ((System.nanoTime() - start) / 1e9);
  }

  private double bareStorm(int n) throws Exception {
    var engine = app.engine;
    engine.getRepositoryService().createDeployment().name("bench")
        .addModelInstance(BARE_TIMER + ".bpmn",
            Bpmn.createExecutableProcess(BARE_TIMER).startEvent().intermediateCatchEvent().timerWithDate("${due}")
                .serviceTask().camundaExpression("${true}").endEvent().done())
        .deploy();
    Date due = new Date(ClockUtil.getCurrentTime().getTime() + 3_600_000L);
    for (int i = 0; i < n; i++) {
      engine.getRuntimeService().startProcessInstanceByKey(BARE_TIMER, Map.of("due", due));
    }
    long start = System.nanoTime();
    jumpTo(due);
    awaitCount(() -> (int) (n - engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(BARE_TIMER).count()), n, "bare instances ended");
    return n / ((System.nanoTime() - start) / 1e9);
  }

  /** The engine clock runs on from one second past the moment (offset, not frozen: locks expire as usual). */
  private static void jumpTo(Date moment) {
    ClockUtil.reset();
    ClockUtil.offset(moment.getTime() + 1000 - System.currentTimeMillis());
  }

  /** Until no job is due: the storm measured next must not share the executor with leftovers. */
  private void waitForIdle(String what) throws Exception {
    long start = System.nanoTime();
    var jobs = app.engine.getManagementService();
    while (jobs.createJobQuery().executable().count() > 0) {
      Thread.sleep(200);
    }
    System.out.printf("[bench] waited %.1f s for %s to drain%n", (System.nanoTime() - start) / 1e9, what);
  }

  /** Polls until count reaches n; gives up when nothing moved for 2 minutes. */
  private static void awaitCount(java.util.function.IntSupplier count, int n, String what) throws Exception {
    int last = -1;
    Instant lastProgress = Instant.now();
    while (true) {
      int c = count.getAsInt();
      if (c >= n) {
        return;
      }
      if (c != last) {
        last = c;
        lastProgress = Instant.now();
      } else if (Instant.now().isAfter(lastProgress.plusSeconds(120))) {
        throw new IllegalStateException("stuck at " + c + " of " + n + " " + what);
      }
      Thread.sleep(20);
    }
  }
}
