package org.foiflow.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Figures of one run, printed as they come and written to target/benchmarks/<database>.txt. */
final class Report {

  private final List<String> lines = new ArrayList<>();
  private final Path file;

  Report(Path file, String header) {
    this.file = file;
    line("# " + header);
  }

  void line(String text) {
    System.out.println("[bench] " + text);
    System.out.flush();
    lines.add(text);
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, lines);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A figure without a unit is a ratio: two decimals, so that 0.46 does not print as a missed 0.5. */
  void figure(String name, double value, String unit, String target) {
    String number = String.format(Locale.ROOT, unit.isEmpty() ? "%12.2f" : "%12.1f", value);
    line(String.format(Locale.ROOT, "%-58s %s %-10s %s", name, number, unit, target == null ? "" : target));
  }

  static String check(boolean met, String target) {
    return (met ? "OK   " : "MISS ") + target;
  }
}
