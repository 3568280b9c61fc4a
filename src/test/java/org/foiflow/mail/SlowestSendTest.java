package org.foiflow.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

class SlowestSendTest {

  @Test
  void theShippedLockOutlastsTheSlowestSendOfTheShippedMailSettings() {
    Properties shipped = shippedApplicationYaml();
    Properties javaMail = new Properties();
    for (String name : new String[] {"connectiontimeout", "timeout", "writetimeout"}) {
      javaMail.put("mail.smtp." + name, shipped.getProperty("spring.mail.properties.mail.smtp." + name));
    }
    SlowestSend slowest = SlowestSend.of(javaMail).orElseThrow();

    // 10 s to connect, 220 5 min, MAIL 5, RCPT 5, DATA 2, the email 3, its end 10; three marks.
    assertThat(slowest.duration()).isEqualTo(Duration.ofMinutes(30).plusSeconds(10).plusMillis(1500));
    assertThat(javaMail.getProperty("mail.smtp.timeout")).as("the reply to the final dot, RFC 5321 s.4.5.3.2.6").isEqualTo("600000");
    Duration lock = Duration.ofMillis(Long.parseLong(shipped.getProperty("camunda.bpm.job-execution.lock-time-in-millis")));
    assertThat(slowest.tooLong(lock)).isEmpty();
  }

  @Test
  void aLockShorterThanTheSlowestSendIsNamedWithBothFigures() {
    SlowestSend slowest = SlowestSend.of(properties(Map.of("mail.smtp.connectiontimeout", "10000",
        "mail.smtp.timeout", "600000", "mail.smtp.writetimeout", "180000"))).orElseThrow();

    assertThat(slowest.tooLong(Duration.ofMinutes(5))).hasValueSatisfying(warning -> assertThat(warning)
        .contains("camunda.bpm.job-execution.lock-time-in-millis, 300000 ms").contains("1811500 ms").contains("twice"));
  }

  @Test
  void shortTimeoutsShortenEachStepToThem() {
    SlowestSend slowest = SlowestSend.of(properties(Map.of("mail.smtp.connectiontimeout", "2000",
        "mail.smtp.timeout", "5000", "mail.smtp.writetimeout", "3000"))).orElseThrow();

    // Connect 2 s, five replies of at most 5 s, the email 3 s, the marks 1.5 s.
    assertThat(slowest.duration()).isEqualTo(Duration.ofMillis(2000 + 5 * 5000 + 3000 + 1500));
    assertThat(slowest.tooLong(Duration.ofSeconds(10))).isPresent();
    assertThat(slowest.tooLong(Duration.ofSeconds(40))).isEmpty();
  }

  @Test
  void withoutReadAndWriteTimeoutsTheRfcLimitsCountAndWithoutAConnectionTimeoutThereIsNoBound() {
    assertThat(SlowestSend.of(properties(Map.of("mail.smtp.connectiontimeout", "10000"))).orElseThrow().duration())
        .isEqualTo(Duration.ofMinutes(30).plusSeconds(10).plusMillis(1500));
    assertThat(SlowestSend.of(properties(Map.of("mail.smtp.timeout", "600000")))).isEmpty();
    assertThat(SlowestSend.of(properties(Map.of("mail.smtp.connectiontimeout", "0")))).isEmpty();
  }

  private static Properties properties(Map<String, String> values) {
    Properties properties = new Properties();
    properties.putAll(values);
    return properties;
  }

  /** src/main/resources/application.yaml, as shipped (the tests' own is config/application.yaml). */
  private static Properties shippedApplicationYaml() {
    var yaml = new YamlPropertiesFactoryBean();
    yaml.setResources(new ClassPathResource("application.yaml"));
    return yaml.getObject();
  }
}
