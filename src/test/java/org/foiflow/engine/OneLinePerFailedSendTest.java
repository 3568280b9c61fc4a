package org.foiflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper.ExceptionLoggingHandler;
import org.camunda.bpm.engine.impl.jobexecutor.ExecuteJobHelper;
import org.foiflow.mail.MailNotSent;
import org.junit.jupiter.api.Test;

/**
 * The job executor's logging hook (ExecuteJobHelper.LOGGING_HANDLER) is installed at engine start
 * and skips failed sends only: a Camunda upgrade that removes or renames the hook fails here.
 */
class OneLinePerFailedSendTest {

  @Test
  void aFailedSendIsNotLoggedTwiceAndEveryOtherFailureStillIs() {
    List<String> logged = new ArrayList<>();
    ExceptionLoggingHandler engines = (jobId, exception) -> logged.add(jobId);
    var handler = new OneLinePerFailedSend.SkipMailNotSent(engines);

    handler.exceptionWhileExecutingJob("send", new RuntimeException("wrapped", new MailNotSent("421 try again later")));
    handler.exceptionWhileExecutingJob("other", new IllegalStateException("a bug"));

    assertThat(logged).containsExactly("other");
  }

  @Test
  void theHandlerIsInstalledOnceAtEngineStart() {
    ExceptionLoggingHandler before = ExecuteJobHelper.LOGGING_HANDLER;
    try {
      new OneLinePerFailedSend().preInit(null);
      new OneLinePerFailedSend().preInit(null);
      assertThat(ExecuteJobHelper.LOGGING_HANDLER).isInstanceOf(OneLinePerFailedSend.SkipMailNotSent.class);
      assertThat(((OneLinePerFailedSend.SkipMailNotSent) ExecuteJobHelper.LOGGING_HANDLER).engines())
          .isNotInstanceOf(OneLinePerFailedSend.SkipMailNotSent.class);
    } finally {
      ExecuteJobHelper.LOGGING_HANDLER = before;
    }
  }
}
