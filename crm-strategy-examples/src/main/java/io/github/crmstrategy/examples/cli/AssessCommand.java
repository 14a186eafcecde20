package io.github.crmstrategy.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.BlockMaturity;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.Severity;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assess [FILE...] [--sample NAME] [--format text|json]}: reviews plan documents with the
 * built-in rule pack and prints the assessment report.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews plan documents with the built-in rules: CRM maturity of the eight building blocks,"
          + " alignment with the corporate strategy, realism of the indicators, completeness.",
      "Prints a report per document on standard output: readable text, or with --format json the"
          + " assessment report as JSON (one object; an array of objects for several documents).",
      "An invalid document is reported on standard error exactly as by validate.",
      "With no FILE and no --sample, assesses the bundled reference plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was assessed (findings do not change the status)",
      "2:a document is invalid or cannot be read, the profile is broken, a rule failed, or the"
          + " command line is wrong"
    })
public final class AssessCommand implements Callable<Integer> {

  /** Output formats. */
  public enum Format {
    text,
    json
  }

  /** The JSON form of reports: Jackson with the JDK 8 and Guava modules, pretty-printed. */
  public static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new Jdk8Module())
          .registerModule(new GuavaModule())
          .enable(SerializationFeature.INDENT_OUTPUT);

  // The reviewer is built once per JVM: building it loads the rule pack, the only heavy step.
  private static final class Shared {
    static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..*",
      description = "Plan documents: YAML, or JSON when the name ends in .json.")
  private List<Path> files = new ArrayList<>();

  @Option(
      names = "--sample",
      paramLabel = "NAME",
      completionCandidates = SampleNames.class,
      description = "Also assess the bundled sample NAME (repeatable): ${COMPLETION-CANDIDATES}.")
  private List<String> samples = new ArrayList<>();

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "Review with the rule profile PROFILE (YAML; see docs/rules-customisation.md) instead of"
              + " the built-in rules.")
  private Path profile;

  @Option(
      names = "--baseline",
      paramLabel = "BASELINE",
      description =
          "Compare with the accepted findings in BASELINE (JSON): marks findings new or existing"
              + " and lists resolved entries.")
  private Path baseline;

  @Option(
      names = "--write-baseline",
      paramLabel = "BASELINE",
      description = "Write the findings of the (single) assessed document to BASELINE (JSON).")
  private Path writeBaseline;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  /** The shared reviewer with the built-in rules. */
  static Reviewer reviewer() {
    return Shared.REVIEWER;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanLoader loader = new PlanLoader(err);
    List<PlanSource> sources = PlanLoader.sources(spec, files, samples);
    Optional<Reviewer> chosen = ProfileOptions.reviewer(profile, err);
    if (chosen.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Optional<BaselineSupport> baselines = BaselineSupport.of(baseline, writeBaseline, sources, err);
    if (baselines.isEmpty()) {
      return ExitCodes.INVALID;
    }
    int status = ExitCodes.OK;
    List<AssessmentReport> reports = new ArrayList<>();
    for (PlanSource source : sources) {
      Optional<LoadedPlan> loaded = loader.load(source);
      if (loaded.isEmpty()) {
        status = ExitCodes.INVALID;
        continue;
      }
      AssessmentReport report;
      try {
        report = chosen.get().assess(loaded.get().plan());
      } catch (RuleExecutionException e) {
        err.println(source.displayName() + ": " + e.getMessage());
        err.flush();
        status = ExitCodes.INVALID;
        continue;
      }
      if (format == Format.text) {
        if (!reports.isEmpty()) {
          out.println();
        }
        printText(source, report, out);
        baselines.get().printText(report, out);
        out.flush();
      } else {
        baselines.get().printText(report, err);
        err.flush();
      }
      if (!baselines.get().write(report, err)) {
        status = ExitCodes.INVALID;
      }
      reports.add(report);
    }
    if (format == Format.json && !reports.isEmpty()) {
      out.println(toJson(sources.size() == 1 ? reports.get(0) : reports));
      out.flush();
    }
    return status;
  }

  /** {@code value} as pretty-printed JSON. */
  static String toJson(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The readable report of {@code report}. */
  static void printText(PlanSource source, AssessmentReport report, PrintWriter out) {
    out.println(source.displayName());
    out.printf("Organisation:   %s%n", report.organization());
    out.printf("Rule pack:      %s %s%n", report.rulePack(), report.rulePackVersion());
    out.printf(
        "CRM maturity:   %s / 100, level %d (%s)%n",
        score(report.maturity().score()), report.maturity().level(), report.maturity().levelName());
    out.println();
    out.printf("  %-20s %6s  %-30s %s%n", "Building block", "Score", "Level", "Self-assessed");
    for (BuildingBlock block : BuildingBlock.values()) {
      BlockMaturity b = report.maturity().blocks().get(block);
      if (b == null) {
        continue;
      }
      out.printf(
          "  %-20s %6s  %-30s %s%n",
          block.id(),
          score(b.score()),
          b.level() + " " + b.levelName(),
          b.selfAssessedLevel().isPresent()
              ? String.valueOf(b.selfAssessedLevel().getAsInt())
              : "-");
    }
    out.println();
    List<Finding> findings = report.findings();
    out.printf("Findings:       %d%n", findings.size());
    if (!report.suppressedFindings().isEmpty()) {
      out.printf("Suppressed:     %d%n", report.suppressedFindings().size());
    }
    for (Category category : Category.values()) {
      for (Severity severity : Severity.values()) {
        List<Finding> group =
            findings.stream()
                .filter(f -> f.category() == category && f.severity() == severity)
                .toList();
        if (group.isEmpty()) {
          continue;
        }
        out.printf("%n%s %s (%d)%n", category, severity, group.size());
        for (Finding f : group) {
          out.printf("  [%s] %s%n", f.ruleId(), f.path());
          out.printf("      %s%n", f.message());
          if (!f.remediation().isBlank()) {
            out.printf("      Remediation: %s%n", f.remediation());
          }
        }
      }
    }
    out.println();
    out.printf(
        "By severity:    %s%n",
        report.countsBySeverity().entrySet().stream()
            .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
            .collect(Collectors.joining(", ")));
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.1f", score);
  }
}
