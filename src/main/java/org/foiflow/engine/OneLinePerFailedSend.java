package org.foiflow.engine;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.ExceptionLoggingHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.foiflow.mail.MailNotSent;
import org.springframework.stereotype.Component;

/**
 * A failed email send is logged once, in the one line org.foiflow.mail.OutboxDelivery writes: the job
 * executor's own log of a failed job (ENGINE-14006, with the exception) is skipped for
 * {@link MailNotSent} only, and still written for every other failure. Camunda offers this hook
 * as a replaceable handler, one per JVM.
 */
@Component
class OneLinePerFailedSend extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!(ExecuteJobHelper.LOGGING_HANDLER instanceof SkipMailNotSent)) {
      ExecuteJobHelper.LOGGING_HANDLER = new SkipMailNotSent(ExecuteJobHelper.LOGGING_HANDLER);
    }
  }

  record SkipMailNotSent(ExceptionLoggingHandler engines) implements ExceptionLoggingHandler {
    @Override
    public void exceptionWhileExecutingJob(String jobId, Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof MailNotSent) {
          return;
        }
      }
      engines.exceptionWhileExecutingJob(jobId, exception);
    }
  }
}
