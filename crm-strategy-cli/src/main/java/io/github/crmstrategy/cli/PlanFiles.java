package io.github.crmstrategy.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands directories named on the command line into the plan documents they hold. */
final class PlanFiles {
  private PlanFiles() {}

  /** Whether {@code file} has a plan document extension: .yaml, .yml or .json. */
  static boolean isPlanDocument(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
  }

  /**
   * Each path, a directory replaced by the plan documents found in it recursively (sorted by path);
   * other paths kept as given (a missing file is reported when it is read).
   */
  static List<Path> expand(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile)
              .filter(PlanFiles::isPlanDocument)
              .sorted()
              .forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        out.add(path);
      }
    }
    return out;
  }
}
