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
    ClassPathResource form = new ClassPathResource(formId + ".form");
    try (InputStream in = form.getInputStream()) {
      JsonNode root = JSON.readTree(in);
      if (!formId.equals(root.path("id").asText())) {
        throw new IllegalStateException(form.getPath() + " does not hold the form " + formId);
      }
      Set<String> fields = new TreeSet<>();
      collect(root.path("components"), fields);
      return Set.copyOf(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the form " + formId, e);
    }
  }

  private static void collect(JsonNode components, Set<String> fields) {
    for (JsonNode component : components) {
      if (component.hasNonNull("path")) {
        fields.add(component.get("path").asText()); // a group submits one object under its path
      } else if (component.hasNonNull("key")) {
        fields.add(component.get("key").asText());
      } else {
        collect(component.path("components"), fields);
      }
    }
  }
}
