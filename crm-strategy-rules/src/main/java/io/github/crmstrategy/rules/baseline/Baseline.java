package io.github.crmstrategy.rules.baseline;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.InvalidDocumentException;
import io.github.crmstrategy.document.JacksonMappers;
import io.github.crmstrategy.document.LocatedDocument;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The accepted findings of one revision of a plan, as a JSON file:
 *
 * <pre>{@code
 * {"formatVersion": 1, "organization": "Northwind", "entries": [
 *   {"ruleId": "REAL-003", "path": "crmStrategy.goals[CG1]", "message": "..."}]}
 * }</pre>
 *
 * @param formatVersion file format version (1)
 * @param organization organisation of the assessed plan
 * @param entries accepted findings, ordered by rule id and path
 */
public record Baseline(int formatVersion, String organization, List<BaselineEntry> entries) {
  /** The current file format version. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper JSON = JacksonMappers.dataFiles(DocumentFormat.JSON);

  public Baseline {
    entries = List.copyOf(entries);
  }

  /** The baseline accepting every finding of {@code report}. */
  public static Baseline of(AssessmentReport report) {
    return new Baseline(
        FORMAT_VERSION,
        report.organization(),
        report.findings().stream()
            .map(f -> new BaselineEntry(f.ruleId(), f.path(), f.message()))
            .sorted(Comparator.comparing(BaselineEntry::key))
            .toList());
  }

  /**
   * Reads a baseline file.
   *
   * @throws IOException if the file cannot be read
   * @throws InvalidDocumentException if it is not a baseline: a syntax error, an unknown key, a
   *     value of the wrong type or another format version, each located ({@code file:line:column})
   */
  public static Baseline read(Path file) throws IOException, InvalidDocumentException {
    String source = file.toString();
    LocatedDocument document =
        LocatedDocument.read(Files.readAllBytes(file), source, DocumentFormat.JSON);
    if (document.isEmpty()) {
      throw new InvalidDocumentException(
          source,
          List.of(
              new Problem(
                  ElementPath.root(),
                  "the baseline file is empty",
                  "write it with assess --write-baseline",
                  Optional.of(new SourceLocation(source, 1, 1)))));
    }
    Baseline b = document.bind(JSON, Baseline.class);
    if (b.formatVersion() != FORMAT_VERSION) {
      throw new InvalidDocumentException(
          source,
          List.of(
              new Problem(
                  ElementPath.root().field("formatVersion"),
                  "baseline format version " + b.formatVersion() + " is not " + FORMAT_VERSION,
                  "write the baseline again with this version (assess --write-baseline)",
                  document.locate(JsonPointer.compile("/formatVersion")))));
    }
    return b;
  }

  /**
   * Writes this baseline to {@code file}. The folder must exist: none is created.
   *
   * @throws IOException if the file cannot be written (its folder does not exist, say)
   */
  public void write(Path file) throws IOException {
    JSON.writeValue(file.toFile(), this);
  }

  /**
   * Compares {@code report} with this baseline: findings are matched to entries by their {@link
   * FindingKey}.
   */
  public BaselineComparison compare(AssessmentReport report) {
    Set<FindingKey> accepted = new HashSet<>();
    entries.forEach(e -> accepted.add(e.key()));
    Set<FindingKey> current = new HashSet<>();
    List<Finding> fresh = new ArrayList<>();
    List<Finding> existing = new ArrayList<>();
    for (Finding f : report.findings()) {
      FindingKey key = FindingKey.of(f);
      current.add(key);
      (accepted.contains(key) ? existing : fresh).add(f);
    }
    List<BaselineEntry> resolved =
        entries.stream().filter(e -> !current.contains(e.key())).toList();
    return new BaselineComparison(fresh, existing, resolved);
  }
}
