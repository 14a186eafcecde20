package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.text.Numbers;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code assess [FILE|DIR...] [--sample NAME] [--format FORMAT] [--output FILE] [--fail-on
 * SEVERITY]}: reviews plan documents with the built-in rule pack and writes the assessment reports.
 */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reviews plan documents with the built-in rules: CRM maturity of the eight building blocks,"
          + " alignment with the corporate strategy, realism of the indicators, completeness.",
      "A DIR stands for every *.yaml, *.yml and *.json file below it (recursively, sorted).",
      "Writes a report per document: readable text (with a summary table when several documents"
          + " are assessed), JSON (one object; an array for several documents), Markdown, a"
          + " self-contained HTML page, or SARIF 2.1.0 (one run with every document's results).",
      "An invalid document is reported on standard error exactly as by validate, and skipped.",
      "With --output and several documents, html writes one page per plan into the directory"
          + " --output; the other formats write one combined file.",
      "With no FILE and no --sample, assesses the bundled reference plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was assessed (and no finding reached --fail-on)",
      "1:a finding at or above the --fail-on severity",
      "2:a document is invalid or cannot be read, the profile is broken, a rule failed, the output"
          + " cannot be written, or the command line is wrong"
    })
public final class AssessCommand implements Callable<Integer> {

  // The reviewer is built once per JVM: building it loads the rule pack, the only heavy step.
  private static final class Shared {
    static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  }

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "FILE|DIR",
      arity = "0..*",
      description =
          "Plan documents (YAML, or JSON when the name ends in .json), or directories holding"
              + " them.")
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
  private ReportTargets.Format format = ReportTargets.Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description =
          "Write the report to FILE instead of standard output (for html and several documents:"
              + " a directory, one page per plan).")
  private Path output;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: only on a"
              + " terminal).")
  private ReportTargets.Color color = ReportTargets.Color.auto;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      description =
          "Exit with status 1 when any finding has this severity or a higher one: ERROR or"
              + " WARNING.")
  private Severity failOn;

  /** The shared reviewer with the built-in rules. */
  static Reviewer reviewer() {
    return Shared.REVIEWER;
  }

  /** One row of the batch summary: a plan and its report (empty when the document is invalid). */
  private record Row(String name, Optional<AssessmentReport> report) {}

  @Override
  public Integer call() {
    if (failOn == Severity.INFO) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--fail-on takes ERROR or WARNING");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PlanLoader loader = new PlanLoader(err);
    List<PlanSource> sources = PlanLoader.sources(spec, PlanFiles.expand(files), samples);
    Optional<Reviewer> chosen = ProfileOptions.reviewer(profile, err);
    if (chosen.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Reviewer reviewer = chosen.get();
    Optional<BaselineSupport> baselines = BaselineSupport.of(baseline, writeBaseline, sources, err);
    if (baselines.isEmpty()) {
      return ExitCodes.INVALID;
    }
    boolean several = sources.size() > 1;
    if (format == ReportTargets.Format.html && several && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format html of several documents needs --output DIR");
    }
    boolean htmlPages = format == ReportTargets.Format.html && several;
    boolean streamText = format == ReportTargets.Format.text && output == null;
    ReportRenderer renderer =
        ReportRenderer.of(format.format)
            .withRules(reviewer.rules())
            .withColor(
                format == ReportTargets.Format.text && ReportTargets.colour(color, output != null));
    Progress progress = new Progress(err, Terminal.stderrIsTerminal(), sources.size());

    int status = ExitCodes.OK;
    List<ReviewedPlan> reviewed = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Set<String> pageNames = ReportTargets.newNameSet();
    for (int i = 0; i < sources.size(); i++) {
      PlanSource source = sources.get(i);
      String name = ReportTargets.reportName(source);
      progress.clear();
      Optional<LoadedPlan> loaded = loader.load(source);
      if (loaded.isEmpty()) {
        status = ExitCodes.INVALID;
        rows.add(new Row(name, Optional.empty()));
        continue;
      }
      ReviewedPlan plan;
      try {
        plan = ReviewedPlan.assess(reviewer, name, loaded.get());
      } catch (RuleExecutionException e) {
        progress.clear();
        err.println(source.displayName() + ": " + e.getMessage());
        err.flush();
        status = ExitCodes.INVALID;
        rows.add(new Row(name, Optional.empty()));
        continue;
      }
      rows.add(new Row(name, Optional.of(plan.report())));
      if (!baselines.get().write(plan.report(), err)) {
        status = ExitCodes.INVALID;
      }
      if (streamText) {
        if (!reviewed.isEmpty()) {
          out.println();
        }
        ReportTargets.print(out, renderer.render(plan));
        baselines.get().printText(plan.report(), out);
        out.flush();
        reviewed.add(plan);
      } else {
        // Machine-readable output stays clean: the baseline comparison goes to standard error.
        baselines.get().printText(plan.report(), err);
        err.flush();
        if (htmlPages) {
          Path page = output.resolve(ReportTargets.fileName(name, ReportFormat.HTML, pageNames));
          if (!write(page, renderer.render(plan), err)) {
            return ExitCodes.INVALID;
          }
        }
        reviewed.add(plan);
      }
      progress.update(i + 1, name);
    }
    progress.clear();

    String summary = several ? summary(rows) : "";
    if (!streamText && !htmlPages && !reviewed.isEmpty()) {
      String text = renderer.render(reviewed);
      if (format == ReportTargets.Format.text && several) {
        text = text + "\n" + summary;
      }
      if (output == null) {
        ReportTargets.print(out, text);
      } else if (!write(output, text, err)) {
        return ExitCodes.INVALID;
      }
    } else if (streamText && several) {
      out.println();
      ReportTargets.print(out, summary);
    } else if (htmlPages && several) {
      err.print(summary);
      err.flush();
    }
    if (status == ExitCodes.OK && failOn != null && reachesFailOn(reviewed)) {
      status = ExitCodes.FINDINGS;
    }
    return status;
  }

  private boolean reachesFailOn(List<ReviewedPlan> reviewed) {
    return reviewed.stream()
        .flatMap(p -> p.report().findings().stream())
        .anyMatch(f -> f.severity().compareTo(failOn) <= 0);
  }

  private static boolean write(Path file, String text, PrintWriter err) {
    try {
      if (Files.isDirectory(file)) {
        err.printf("%s: cannot write: is a directory%n", file);
        err.flush();
        return false;
      }
      ReportTargets.write(file, text);
      return true;
    } catch (IOException e) {
      err.printf("%s: cannot write: %s%n", file, e.getMessage());
      err.flush();
      return false;
    }
  }

  /**
   * The batch summary: plan, maturity today (score, level), the level at the end of the plan,
   * errors, warnings; invalid documents marked.
   */
  static String summary(List<Row> rows) {
    int width = Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(4));
    StringBuilder sb = new StringBuilder("Summary\n");
    String fmt = "  %-" + width + "s  %8s  %-26s %-26s %6s %8s%n";
    sb.append(
        String.format(
            Locale.ROOT,
            fmt,
            "Plan",
            "Maturity",
            "Level today",
            "End of plan",
            "Errors",
            "Warnings"));
    for (Row row : rows) {
      if (row.report().isEmpty()) {
        sb.append(String.format(Locale.ROOT, fmt, row.name(), "-", "INVALID", "-", "-", "-"));
        continue;
      }
      AssessmentReport r = row.report().get();
      sb.append(
          String.format(
              Locale.ROOT,
              fmt,
              row.name(),
              Numbers.oneDecimal(r.maturity().current().score()),
              r.maturity().current().level() + " " + r.maturity().current().levelName(),
              r.maturity().target().level() + " " + r.maturity().target().levelName(),
              r.countsBySeverity().getOrDefault(Severity.ERROR, 0),
              r.countsBySeverity().getOrDefault(Severity.WARNING, 0)));
    }
    return sb.toString().replace(System.lineSeparator(), "\n");
  }
}
