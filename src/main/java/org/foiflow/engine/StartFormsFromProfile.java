package org.foiflow.engine;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.foiflow.form.ProfileDefaults;
import org.springframework.stereotype.Component;

/**
 * Hands out every deployed start form with the signed-in user's name and email filled in
 * ({@link ProfileDefaults}): Tasklist and {@code /engine-rest/.../deployed-start-form} both read
 * start forms through this command.
 */
@Component
class StartFormsFromProfile extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      @SuppressWarnings("unchecked")
      public <T> T execute(Command<T> command) {
        T result = next.execute(command);
        if (command instanceof GetDeployedStartFormCmd && result instanceof InputStream form) {
          User user = signedIn(configuration);
          if (user != null) {
            return (T) new ByteArrayInputStream(
                new ProfileDefaults(user.getFirstName(), user.getLastName(), user.getEmail()).fill(form));
          }
        }
        return result;
      }
    });
  }

  /** The profile of whoever asks; read without their authorizations, since requesters may not list users. */
  private static User signedIn(ProcessEngineConfigurationImpl configuration) {
    Authentication who = configuration.getIdentityService().getCurrentAuthentication();
    if (who == null || who.getUserId() == null) {
      return null;
    }
    return configuration.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> context.getReadOnlyIdentityProvider().findUserById(who.getUserId())));
  }
}
