package org.foiflow.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.ClassPathResource;

/**
 * The variables a Camunda Form submits: the keys of its fields and the paths of its groups, read
 * from the shipped {@code <formId>.form}. A submission through any door may carry only these, so
 * a requester cannot send a variable the process owns ({@code reference}, {@code initiator},
 * {@code statutoryDueDate}, ...) alongside a form.
 */
public final class FormFields {

  private static final ObjectMapper JSON = new ObjectMapper();

  private FormFields() {}

  public static Set<String> of(String formId) {
    Set<String> fields = new TreeSet<>();
    collect(components(formId), fields, false);
    return Set.copyOf(fields);
  }

  /**
   * The keys of the fields that only show what the process knows ({@code readonly} or
   * {@code disabled}), such as the authority's latest reply: a submission does not set them.
   */
  public static Set<String> readOnly(String formId) {
    Set<String> fields = new TreeSet<>();
    collect(components(formId), fields, true);
    return Set.copyOf(fields);
  }

  private static JsonNode components(String formId) {
    ClassPathResource form = new ClassPathResource(formId + ".form");
    try (InputStream in = form.getInputStream()) {
      JsonNode root = JSON.readTree(in);
      if (!formId.equals(root.path("id").asText())) {
        throw new IllegalStateException(form.getPath() + " does not hold the form " + formId);
      }
      return root.path("components");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the form " + formId, e);
    }
  }

  private static void collect(JsonNode components, Set<String> fields, boolean onlyReadOnly) {
    for (JsonNode component : components) {
      boolean readOnly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
      if (component.hasNonNull("path")) {
        if (!onlyReadOnly) {
          fields.add(component.get("path").asText()); // a group submits one object under its path
        }
      } else if (component.hasNonNull("key")) {
        if (readOnly || !onlyReadOnly) {
          fields.add(component.get("key").asText());
        }
      } else {
        collect(component.path("components"), fields, onlyReadOnly);
      }
    }
  }
}
