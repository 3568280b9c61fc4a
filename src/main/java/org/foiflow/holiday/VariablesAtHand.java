package org.foiflow.holiday;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A waiting request's variables, read once, offered as the {@link VariableScope} the clock's steps
 * take, so that they work a deadline out again exactly as they did in the process. What they set
 * is collected here, not written: the caller writes only what changed.
 */
final class VariablesAtHand {

  private final Map<String, Object> values;
  private final Map<String, Object> changed = new LinkedHashMap<>();
  private final VariableScope scope;

  VariablesAtHand(Map<String, Object> values) {
    this.values = new HashMap<>(values);
    this.scope =
        (VariableScope)
            Proxy.newProxyInstance(
                VariableScope.class.getClassLoader(),
                new Class<?>[] {VariableScope.class},
                (proxy, method, args) ->
                    switch (method.getName() + "/" + (args == null ? 0 : args.length)) {
                      case "getVariable/1" -> this.values.get((String) args[0]);
                      case "setVariable/2" -> {
                        set((String) args[0], args[1]);
                        yield null;
                      }
                      case "toString/0" -> "variables " + this.values.keySet();
                      // The steps read and set variables by name, nothing else.
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
  }

  VariableScope scope() {
    return scope;
  }

  /** Every variable as it is now, with what was set. */
  Map<String, Object> values() {
    return values;
  }

  /** The variables set to a value other than the one they had. */
  Map<String, Object> changed() {
    return changed;
  }

  private void set(String name, Object value) {
    if (!Objects.equals(values.get(name), value)) {
      changed.put(name, value);
    }
    values.put(name, value);
  }
}
