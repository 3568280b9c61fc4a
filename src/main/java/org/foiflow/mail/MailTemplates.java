package org.foiflow.mail;

import java.util.Locale;
import java.util.Map;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Writes an email's subject and body from its Thymeleaf text template under templates/mail/. The
 * template's first line is the subject, so wording and subject of one email live in one file.
 */
public class MailTemplates {

  /** What a template produced. */
  public record MailText(String subject, String body) {}

  // The Spring flavour evaluates expressions with SpEL, as in the rest of the application.
  private final SpringTemplateEngine engine = new SpringTemplateEngine();

  public MailTemplates() {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(".txt");
    resolver.setTemplateMode(TemplateMode.TEXT);
    resolver.setCharacterEncoding("UTF-8");
    engine.setTemplateResolver(resolver);
  }

  public MailText render(MailKind kind, Map<String, Object> facts) {
    String text = engine.process(kind.templateName(), new Context(Locale.UK, facts)).strip();
    int endOfSubject = text.indexOf('\n');
    if (endOfSubject < 0) {
      throw new IllegalStateException("template " + kind.templateName() + " has a subject but no body");
    }
    // One line whatever the request's fields contain: no header can be smuggled into the subject.
    String subject = text.substring(0, endOfSubject).replaceAll("\\s+", " ").strip();
    return new MailText(subject, text.substring(endOfSubject + 1).strip() + "\n");
  }
}
