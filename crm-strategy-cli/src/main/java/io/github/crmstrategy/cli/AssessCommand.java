package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.report.BatchSummary;
import io.github.crmstrategy.report.CutShortPlan;
import io.github.crmstrategy.report.InvalidPlan;
import io.github.crmstrategy.report.PlanOutcome;
import io.github.crmstrategy.report.ReportBatch;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
      "An invalid document is named in the report with every problem and skipped; it is also"
          + " reported on standard error as by validate, except in text on standard output, where"
          + " the report shows it in its place. A folder that holds no plan document is an error.",
      "With --output and several documents, html writes one page per plan into the directory"
          + " --output; the other formats write one combined file.",
      "With no FILE and no --sample, assesses the bundled reference plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document was assessed (and no finding reached --fail-on)",
      "1:a finding at or above the --fail-on severity",
      "2:a document is invalid or cannot be read, a folder holds no plan document, the profile is"
          + " broken, an assessment was cut short (a rule failed or a limit stopped it), the output"
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

  @CommandLine.Mixin private LanguageOption language = new LanguageOption();

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

  @Option(
      names = "--watch",
      description =
          "Keep running: assess again whenever a plan, the profile or one of its rule files"
              + " changes, and print the findings new and resolved since the last run (the full"
              + " report first; with --output, the file is rewritten at each run). Ctrl-C stops.")
  private boolean watch;

  @CommandLine.Mixin private CacheOptions cacheOptions = new CacheOptions();

  /** The shared reviewer with the built-in rules. */
  static Reviewer reviewer() {
    return Shared.REVIEWER;
  }

  @Option(
      names = "--untrusted-profile",
      description =
          "Read --profile as untrusted: rule settings, parameters, data tables, suppressions and"
              + " tighter limits only; DRL and decision tables (code) and files outside the"
              + " profile's folder are refused.")
  private boolean untrustedProfile;

  /** Whether this command watches: only then are the reports kept for the next run. */
  private boolean watching;

  /** Where watch mode writes the full reports after the first run: nowhere. */
  private final PrintWriter watchDiscard = new PrintWriter(java.io.Writer.nullWriter());

  /** What one run gave: the exit status and each assessed plan by report name. */
  private record Outcome(int status, Map<String, ReviewedPlan> reviewed) {}

  @Override
  public Integer call() {
    if (failOn == Severity.INFO) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--fail-on takes ERROR or WARNING");
    }
    if (watch && writeBaseline != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--watch cannot be combined with --write-baseline");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Path> expanded;
    try {
      expanded = PlanFiles.expand(files);
    } catch (PlanFiles.NoPlans e) {
      err.println(e.getMessage());
      err.flush();
      return ExitCodes.INVALID;
    }
    List<PlanSource> sources = PlanLoader.sources(spec, expanded, samples);
    boolean several = sources.size() > 1;
    if (format == ReportTargets.Format.html && several && output == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--format html of several documents needs --output DIR");
    }
    boolean htmlPages = format == ReportTargets.Format.html && several;
    // Checked before any work: a report that cannot be written is not worth computing.
    Optional<String> unwritable =
        htmlPages ? ReportTargets.prepareFolder(output) : ReportTargets.checkFile(output);
    if (unwritable.isPresent()) {
      err.println(unwritable.get());
      err.flush();
      return ExitCodes.INVALID;
    }
    if (watch) {
      return watch(out, err);
    }
    Optional<Reviewer> chosen =
        ProfileOptions.reviewer(profile, untrustedProfile, cacheOptions, err);
    if (chosen.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Reviewer reviewer = chosen.get();
    Optional<io.github.crmstrategy.report.ReportTheme> theme =
        ProfileOptions.theme(profile, untrustedProfile, err);
    if (theme.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Optional<BaselineSupport> baselines = BaselineSupport.of(baseline, writeBaseline, sources, err);
    if (baselines.isEmpty()) {
      return ExitCodes.INVALID;
    }
    return run(reviewer, theme.get(), sources, baselines.get(), out, err).status();
  }

  /**
   * Assesses {@code sources} with {@code reviewer} and writes the reports as each plan comes: to
   * {@code out}, or to {@code --output}. Problems of documents that cannot be assessed go to {@code
   * err} too, unless the report on standard output shows them in their place.
   */
  private Outcome run(
      Reviewer reviewer,
      io.github.crmstrategy.report.ReportTheme theme,
      List<PlanSource> sources,
      BaselineSupport baselines,
      PrintWriter out,
      PrintWriter err) {
    PlanLoader loader = new PlanLoader(err);
    boolean several = sources.size() > 1;
    boolean htmlPages = format == ReportTargets.Format.html && several;
    // In text on standard output an invalid plan is reported in its place in the report; anywhere
    // else (a machine-readable format, a file) also on standard error, as validate reports it.
    // Watching, the reports after the first go nowhere (only what changed is printed): the
    // problems of a broken plan must then reach standard error.
    boolean textOnStdout =
        format == ReportTargets.Format.text && output == null && out != watchDiscard;
    ReportRenderer themed =
        language.apply(
            ReportRenderer.of(format.format)
                .withRules(reviewer.rules())
                .withTheme(theme)
                .withColor(
                    format == ReportTargets.Format.text
                        && ReportTargets.colour(color, output != null)));
    // A baseline puts the HTML report's known findings apart from the new ones.
    ReportRenderer renderer = baselines.baseline().map(themed::withBaseline).orElse(themed);
    Progress progress = new Progress(err, Terminal.stderrIsTerminal(), sources.size());

    int status = ExitCodes.OK;
    boolean reachedFailOn = false;
    BatchSummary summary = renderer.summary();
    Map<String, ReviewedPlan> byName = new LinkedHashMap<>();
    Set<String> pageNames = ReportTargets.newNameSet();
    Writer target = null;
    ReportBatch batch = null;
    try {
      if (!htmlPages) {
        target = output == null ? out : ReportTargets.newWriter(output);
        batch = renderer.batch(target);
      }
      for (int i = 0; i < sources.size(); i++) {
        PlanSource source = sources.get(i);
        String name = ReportTargets.reportName(source);
        progress.clear();
        PlanOutcome outcome = outcome(reviewer, loader, source, name, !textOnStdout);
        if (!(outcome instanceof ReviewedPlan)) {
          status = ExitCodes.INVALID;
        }
        if (outcome instanceof ReviewedPlan plan) {
          if (out == watchDiscard || watching) {
            // Kept only when watching, to compare with the next run: a batch keeps no report.
            byName.put(name, plan);
          }
          reachedFailOn |= reachesFailOn(plan);
          if (!baselines.write(plan.report(), err)) {
            status = ExitCodes.INVALID;
          }
        }
        if (htmlPages) {
          Path page = output.resolve(ReportTargets.fileName(name, ReportFormat.HTML, pageNames));
          ReportTargets.write(page, renderer.render(outcome));
          summary.add(outcome);
        } else {
          batch.add(outcome);
          if (outcome instanceof ReviewedPlan plan) {
            // Text: the comparison follows the plan's report; machine-readable output stays clean.
            baselines.printText(plan.report(), format == ReportTargets.Format.text ? target : err);
            err.flush();
          }
        }
        if (output == null && out.checkError()) {
          return new Outcome(ReportTargets.stdoutFailed(err), byName);
        }
        progress.update(i + 1, name);
      }
      progress.clear();
      if (batch != null) {
        batch.close();
      }
      if (target != null && target != out) {
        target.close();
      }
    } catch (IOException e) {
      progress.clear();
      return new Outcome(ReportTargets.writeFailed(output, e, err), byName);
    }
    if (output == null && out.checkError()) {
      return new Outcome(ReportTargets.stdoutFailed(err), byName);
    }
    if (htmlPages && several) {
      err.print(summary.text());
      err.flush();
    }
    if (status == ExitCodes.OK && failOn != null && reachedFailOn) {
      status = ExitCodes.FINDINGS;
    }
    return new Outcome(status, byName);
  }

  /**
   * What becomes of {@code source}: reviewed, invalid (every problem) or cut short (why); the
   * failures also reported on standard error when {@code alsoOnStderr}.
   */
  private static PlanOutcome outcome(
      Reviewer reviewer, PlanLoader loader, PlanSource source, String name, boolean alsoOnStderr) {
    PlanLoader.Attempt attempt = loader.read(source);
    if (attempt.plan().isEmpty()) {
      if (alsoOnStderr) {
        loader.report(source, attempt);
      }
      return new InvalidPlan(name, attempt.problems());
    }
    LoadedPlan loaded = attempt.plan().get();
    try {
      return ReviewedPlan.assess(reviewer, name, loaded);
    } catch (RuleExecutionException e) {
      if (alsoOnStderr) {
        loader.reportFailure(source, e);
      }
      return CutShortPlan.of(name, loaded, e);
    }
  }

  /**
   * {@code --watch}: one run, then a run at every change of the plans or of the profile's files,
   * each printing what changed since the one before, until interrupted (Ctrl-C).
   */
  private int watch(PrintWriter out, PrintWriter err) {
    WatchSession session = new WatchSession(profile, untrustedProfile, cacheOptions, err);
    watching = true;
    PrintWriter discard = watchDiscard;
    try (FileWatcher watcher = new FileWatcher(WatchSession::isWatched)) {
      Thread closer = new Thread(watcher::close, "crm-strategy-watch-stop");
      Runtime.getRuntime().addShutdownHook(closer);
      try {
        Map<String, ReviewedPlan> previous = null;
        Map<Path, Long> seen = Map.of();
        while (true) {
          Supplier<Collection<Path>> roots = () -> session.roots(files);
          seen = watcher.fingerprint(roots.get());
          long start = System.nanoTime();
          Optional<Reviewer> reviewer = session.reviewer();
          if (reviewer.isPresent()) {
            List<PlanSource> sources;
            try {
              sources = PlanLoader.sources(spec, PlanFiles.expand(files), samples);
            } catch (PlanFiles.NoPlans e) {
              err.println(e.getMessage());
              err.flush();
              sources = List.of();
            }
            Optional<BaselineSupport> baselines = BaselineSupport.of(baseline, null, sources, err);
            if (baselines.isPresent()) {
              Outcome outcome =
                  run(
                      reviewer.get(),
                      ProfileOptions.theme(profile, untrustedProfile, err)
                          .orElse(io.github.crmstrategy.report.ReportTheme.defaults()),
                      sources,
                      baselines.get(),
                      previous == null ? out : discard,
                      err);
              if (previous != null) {
                WatchSession.printChanges(previous, outcome.reviewed(), start, out);
              }
              // A plan that could not be assessed this time is compared with its last good run.
              Map<String, ReviewedPlan> next = new LinkedHashMap<>();
              for (PlanSource source : sources) {
                String name = ReportTargets.reportName(source);
                ReviewedPlan plan = outcome.reviewed().get(name);
                if (plan == null && previous != null) {
                  plan = previous.get(name);
                }
                if (plan != null) {
                  next.put(name, plan);
                }
              }
              previous = next;
            }
          }
          out.println(CliTexts.t("watch.watching"));
          out.flush();
          seen = watcher.awaitChange(roots, seen);
        }
      } catch (InterruptedException e) {
        out.println(CliTexts.t("watch.stopped"));
        out.flush();
        return ExitCodes.OK;
      } finally {
        try {
          Runtime.getRuntime().removeShutdownHook(closer);
        } catch (IllegalStateException e) {
          // Shutting down already.
        }
      }
    }
  }

  private boolean reachesFailOn(ReviewedPlan plan) {
    return failOn != null
        && plan.report().findings().stream().anyMatch(f -> f.severity().compareTo(failOn) <= 0);
  }
}
