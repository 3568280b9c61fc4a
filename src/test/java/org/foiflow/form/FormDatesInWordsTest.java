package org.foiflow.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foiflow.contract.ProcessVariable;
import org.foiflow.contract.RequestVariables;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A date a form's text shows reads "8 April 2036", not the stored 2036-04-08: each is written with
 * FEEL in the form ({{date(x).day}} {{month of year(date(x))}} {{date(x).year}}), which the
 * browser test sees rendered; this test catches a date placed in a form's text as it is stored.
 */
class FormDatesInWordsTest {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  @Test
  void noFormShowsAStoredDateAsItIs() throws Exception {
    Set<String> dates = dateVariables();
    assertThat(dates).contains(RequestVariables.STATUTORY_DUE_DATE.name());
    Resource[] forms = new PathMatchingResourcePatternResolver().getResources("classpath*:*.form");
    assertThat(forms).isNotEmpty();
    List<String> shownAsStored = new ArrayList<>();
    for (Resource form : forms) {
      Matcher placeholder = PLACEHOLDER.matcher(text(form));
      while (placeholder.find()) {
        if (dates.contains(placeholder.group(1))) {
          shownAsStored.add(form.getFilename() + ": " + placeholder.group());
        }
      }
    }
    assertThat(shownAsStored).isEmpty();
  }

  private static Set<String> dateVariables() throws IllegalAccessException {
    Set<String> names = new HashSet<>();
    for (Field field : RequestVariables.class.getFields()) {
      if (field.getGenericType() instanceof ParameterizedType type
          && type.getRawType() == ProcessVariable.class
          && type.getActualTypeArguments()[0] == LocalDate.class) {
        names.add(((ProcessVariable<?>) field.get(null)).name());
      }
    }
    return names;
  }

  private static String text(Resource form) throws IOException {
    try (var in = form.getInputStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
