package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.InvalidDocumentException;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.baseline.Baseline;
import io.github.crmstrategy.rules.baseline.BaselineComparison;
import io.github.crmstrategy.rules.baseline.BaselineEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** {@code assess --baseline B --write-baseline B}: compares with and writes baseline files. */
final class BaselineSupport {
  private final Baseline baseline;
  private final Path writeTo;

  private BaselineSupport(Baseline baseline, Path writeTo) {
    this.baseline = baseline;
    this.writeTo = writeTo;
  }

  /** The support for the options, or empty (problem printed) when they cannot be used. */
  static Optional<BaselineSupport> of(
      Path baselineFile, Path writeTo, List<PlanSource> sources, PrintWriter err) {
    if (writeTo != null && sources.size() != 1) {
      err.println("--write-baseline needs exactly one document to assess");
      err.flush();
      return Optional.empty();
    }
    Baseline baseline = null;
    if (baselineFile != null) {
      try {
        baseline = Baseline.read(baselineFile);
      } catch (InvalidDocumentException e) {
        err.println(baselineFile + ": not a baseline file:");
        e.problems().forEach(p -> err.println(p));
        err.flush();
        return Optional.empty();
      } catch (NoSuchFileException e) {
        err.println(baselineFile + ": cannot read the baseline: no such file");
        err.flush();
        return Optional.empty();
      } catch (IOException e) {
        err.println(baselineFile + ": cannot read the baseline: " + e.getMessage());
        err.flush();
        return Optional.empty();
      }
    }
    return Optional.of(new BaselineSupport(baseline, writeTo));
  }

  /** The baseline read, if one was given. */
  Optional<Baseline> baseline() {
    return Optional.ofNullable(baseline);
  }

  /** Prints how {@code report} compares with the baseline, if there is one. */
  void printText(AssessmentReport report, Writer target) {
    if (baseline == null) {
      return;
    }
    PrintWriter out = target instanceof PrintWriter p ? p : new PrintWriter(target);
    BaselineComparison c = baseline.compare(report);
    out.println();
    out.println(
        CliTexts.t(
            "baseline.summary",
            "new",
            c.newFindings().size(),
            "existing",
            c.existingFindings().size(),
            "resolved",
            c.resolved().size()));
    String added = CliTexts.t("watch.new");
    String gone = CliTexts.t("watch.resolved");
    int width = Math.max(added.length(), gone.length());
    for (Finding f : c.newFindings()) {
      out.printf("  %-" + width + "s [%s] %s%n", added, f.ruleId(), f.path());
    }
    for (BaselineEntry e : c.resolved()) {
      out.printf("  %-" + width + "s [%s] %s%n", gone, e.ruleId(), e.path());
    }
    out.flush();
  }

  /** Writes the baseline of {@code report} when asked to; false (printed) when it fails. */
  boolean write(AssessmentReport report, PrintWriter err) {
    if (writeTo == null) {
      return true;
    }
    try {
      Baseline.of(report).write(writeTo);
      return true;
    } catch (IOException e) {
      err.println(writeTo + ": cannot write the baseline: " + ReportTargets.describe(e, writeTo));
      err.flush();
      return false;
    }
  }
}
