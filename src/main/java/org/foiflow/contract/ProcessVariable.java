package org.foiflow.contract;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * One variable of the request's processes: its name, its type and how it is stored, in one
 * place. Dates are stored as yyyy-MM-dd text ({@link IsoDates}), codes as their enum name.
 *
 * @param <T> the type Java works with
 */
public final class ProcessVariable<T> {

  private final String name;
  private final Function<Object, T> read;
  private final Function<T, Object> write;

  private ProcessVariable(String name, Function<Object, T> read, Function<T, Object> write) {
    this.name = name;
    this.read = read;
    this.write = write;
  }

  static ProcessVariable<LocalDate> date(String name) {
    return new ProcessVariable<>(name, IsoDates::orNull, LocalDate::toString);
  }

  /** A moment, stored as ISO-8601 text (2034-03-01T09:00:10Z). */
  static ProcessVariable<java.time.Instant> instant(String name) {
    return new ProcessVariable<>(
        name, value -> value == null || value.toString().isBlank() ? null : java.time.Instant.parse(value.toString()), java.time.Instant::toString);
  }

  static ProcessVariable<String> text(String name) {
    return new ProcessVariable<>(name, value -> value == null || value.toString().isBlank() ? null : value.toString(), value -> value);
  }

  /** JSON text, stored as a JSON value so that Camunda Forms can loop over it ({{#loop name}}). */
  static ProcessVariable<String> json(String name) {
    return new ProcessVariable<>(
        name, value -> value == null ? null : value.toString(), value -> SpinValues.jsonValue(value).create());
  }

  static ProcessVariable<Boolean> flag(String name) {
    return new ProcessVariable<>(name, value -> value == null ? null : Boolean.valueOf(value.toString()), value -> value);
  }

  /** A code such as a regime; a stored value that names no constant reads as null. */
  static <E extends Enum<E>> ProcessVariable<E> code(String name, Class<E> type) {
    return new ProcessVariable<>(name, value -> constant(type, value), Enum::name);
  }

  private static <E extends Enum<E>> E constant(Class<E> type, Object value) {
    if (value == null) {
      return null;
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(value.toString())) {
        return constant;
      }
    }
    return null;
  }

  public String name() {
    return name;
  }

  /** The value, or null when the variable is not set. */
  public T get(VariableScope scope) {
    return read.apply(scope.getVariable(name));
  }

  /** The value, which the process has set before this point. */
  public T require(VariableScope scope) {
    T value = get(scope);
    if (value == null) {
      throw new IllegalStateException("process variable " + name + " is missing");
    }
    return value;
  }

  /** The value in a map of variables (a form submission, a query result). */
  public T in(Map<String, ?> variables) {
    return read.apply(variables.get(name));
  }

  /** Sets the value; null clears it. */
  public void set(VariableScope scope, T value) {
    scope.setVariable(name, value == null ? null : write.apply(value));
  }

  /** The value as stored, for a map of variables passed to the engine. */
  public Object stored(T value) {
    return value == null ? null : write.apply(value);
  }

  @Override
  public String toString() {
    return name;
  }
}
