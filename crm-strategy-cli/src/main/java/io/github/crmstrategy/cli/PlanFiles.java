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
   *
   * @throws NoPlans when a directory holds no plan document: pointing a CI job at the wrong folder
   *     must fail, not review something else
   */
  static List<Path> expand(List<Path> paths) throws NoPlans {
    List<Path> out = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
          found =
              walk.filter(Files::isRegularFile).filter(PlanFiles::isPlanDocument).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
          throw new NoPlans(path + ": cannot read the folder: " + e.getMessage());
        }
        if (found.isEmpty()) {
          throw new NoPlans(
              path + ": no plan documents (*.yaml, *.yml, *.json) in this folder or below");
        }
        out.addAll(found);
      } else {
        out.add(path);
      }
    }
    return out;
  }

  /** A folder named on the command line that gives no plan documents. */
  static final class NoPlans extends Exception {
    private static final long serialVersionUID = 1L;

    NoPlans(String message) {
      super(message);
    }
  }
}
