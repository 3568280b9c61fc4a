package org.foiflow.inbound;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The test replies under src/test/resources/inbound/, shaped like real ones, with what each should
 * become (expected.csv). Their ${...} placeholders are filled per test: the request's reference
 * and reply address, the Message-ID of the letter FOI Flow sent, and a unique part for Message-IDs.
 * Public for the browser tests, which send some of them over SMTP.
 */
public final class Corpus {

  /** One line of expected.csv. */
  record Expected(String file, String outcome, String says, boolean automatic, boolean bounce, int attachments) {}

  private Corpus() {}

  static List<Expected> expected() {
    List<Expected> all = new ArrayList<>();
    for (String line : text("expected.csv").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split(",", -1);
      all.add(new Expected(cells[0], cells[1], cells[2], Boolean.parseBoolean(cells[3]), Boolean.parseBoolean(cells[4]),
          Integer.parseInt(cells[5].strip())));
    }
    return all;
  }

  /** The file's bytes with the placeholders filled; 8-bit bytes stay as they are. */
  public static byte[] message(String file, Map<String, String> values) {
    String text = new String(bytes(file), StandardCharsets.ISO_8859_1);
    for (var value : values.entrySet()) {
      text = text.replace("${" + value.getKey() + "}", value.getValue());
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static String text(String file) {
    return new String(bytes(file), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String file) {
    try (InputStream in = Corpus.class.getResourceAsStream("/inbound/" + file)) {
      if (in == null) {
        throw new IllegalStateException("no test reply " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
