package org.foiflow.form;

/**
 * Server-side checks for one Camunda Form. Camunda Forms validate only in the browser, so every
 * form that starts or completes something has rules here; a Spring bean per form.
 */
public interface FormRules {

  /** The id of the form (the `id` in the .form file, referenced by `camunda:formRef`). */
  String formId();

  /** Variables scripts may send besides the form's fields (e.g. a JSON list of figures). */
  default java.util.Set<String> extraFields() {
    return java.util.Set.of();
  }

  /** Records every problem of the submission on {@code form}; never throws for bad input. */
  void check(SubmittedForm form);
}
