package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReportTheme;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.report.Trend;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code compare OLD NEW}: what changed between two revisions of a plan; {@code compare REV1 REV2
 * REV3...} or {@code compare FOLDER}: the trend across several.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two revisions of a plan: the maturity change of each building block (score and"
          + " level), the findings resolved, new and unchanged (matched by rule id and element"
          + " path), and the indicators whose target value or due date moved.",
      "With more than two revisions, shows the trend: each block's maturity today and at the end"
          + " of the plan (score and level) in every revision (a line chart per block in HTML), the"
          + " findings each revision opened and resolved (matched the same way), and the changes"
          + " of criteria and evidence that moved each block.",
      "Revisions named one by one are taken in the order given, oldest first. A FOLDER stands"
          + " for every *.yaml, *.yml and *.json file below it, ordered by the plans' revision"
          + " number (revision.number) when every plan has one, else by revision date"
          + " (revision.date) when every plan has one, else by file name; the output says which.",
      "A revision is a plan document, or sample:NAME for a bundled sample (for example"
          + " sample:travel-company and sample:travel-company-rev2)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:the revisions were assessed and compared",
      "1:an assessment was cut short (a rule failed or a guard stopped it)",
      "2:a document is invalid or cannot be read, the profile or its report theme is broken, the"
          + " output cannot be written, or the command line is wrong"
    })
public final class CompareCommand implements Callable<Integer> {

  /** Formats of a comparison (SARIF has no form for it). */
  enum Format {
    text,
    json,
    markdown,
    html
  }

  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "REVISION",
      description =
          "OLD NEW, several revisions oldest first, or one FOLDER of them: plan documents or"
              + " sample:NAME.")
  private List<String> revisions = new ArrayList<>();

  @CommandLine.Mixin private LanguageOption language = new LanguageOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private Format format = Format.text;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the comparison to FILE instead of standard output.")
  private Path output;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description = "Colour text output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  private ReportTargets.Color color = ReportTargets.Color.auto;

  @Option(
      names = "--profile",
      paramLabel = "PROFILE",
      description =
          "Review the revisions with the rule profile PROFILE; the HTML comes from the"
              + " report-theme folder next to it, when there is one.")
  private Path profile;

  @Option(
      names = "--untrusted-profile",
      description =
          "Read the profile as untrusted: data only (no DRL or decision tables), files only from"
              + " its folder, sizes capped; its report theme is not used.")
  private boolean untrustedProfile;

  @CommandLine.Mixin private CacheOptions cacheOptions = new CacheOptions();

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> unwritable = ReportTargets.checkFile(output);
    if (unwritable.isPresent()) {
      err.println(unwritable.get());
      err.flush();
      return ExitCodes.INVALID;
    }
    boolean folder = revisions.size() == 1 && isFolder(revisions.get(0));
    List<PlanSource> sources = sources(folder);
    if (sources.size() < 2) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          folder
              ? revisions.get(0) + ": one plan document in this folder; compare needs two or more"
              : "compare needs two or more revisions (OLD NEW, or a FOLDER of them)");
    }
    Optional<Reviewer> reviewer =
        ProfileOptions.reviewer(profile, untrustedProfile, cacheOptions, err);
    if (reviewer.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Optional<ReportTheme> theme = ProfileOptions.theme(profile, untrustedProfile, err);
    if (theme.isEmpty()) {
      return ExitCodes.INVALID;
    }
    PlanLoader loader = new PlanLoader(err);
    List<Optional<LoadedPlan>> loaded = new ArrayList<>();
    for (PlanSource source : sources) {
      loaded.add(loader.load(source));
    }
    if (loaded.stream().anyMatch(Optional::isEmpty)) {
      return ExitCodes.INVALID;
    }
    List<ReviewedPlan> reviewed = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      try {
        reviewed.add(
            ReviewedPlan.assess(
                reviewer.get(), ReportTargets.reportName(sources.get(i)), loaded.get(i).get()));
      } catch (RuleExecutionException e) {
        loader.reportFailure(sources.get(i), e);
        return ExitCodes.SOFTWARE;
      }
    }
    ReportRenderer renderer =
        language.apply(
            ReportRenderer.of(ReportTargets.Format.valueOf(format.name()).format)
                .withTheme(theme.get())
                .withColor(format == Format.text && ReportTargets.colour(color, output != null)));
    String text;
    if (folder || reviewed.size() > 2) {
      Trend trend = folder ? Trend.inRevisionOrder(reviewed) : Trend.of(reviewed);
      if (trend.revisions().size() == 2) {
        // Two revisions read as the comparison of two, in the folder's order.
        text = compare(renderer, trend.steps().get(0).comparison(), err);
      } else {
        renderer.warnings(trend).forEach(w -> err.println(CliTexts.t("warning", "text", w)));
        err.flush();
        text = renderer.render(trend);
      }
    } else {
      text = compare(renderer, Comparison.of(reviewed.get(0), reviewed.get(1)), err);
    }
    if (output == null) {
      ReportTargets.print(spec.commandLine().getOut(), text);
      return ExitCodes.OK;
    }
    try {
      ReportTargets.write(output, text);
      return ExitCodes.OK;
    } catch (IOException e) {
      return ReportTargets.writeFailed(output, e, err);
    }
  }

  private static String compare(ReportRenderer renderer, Comparison comparison, PrintWriter err) {
    renderer.warnings(comparison).forEach(w -> err.println(CliTexts.t("warning", "text", w)));
    err.flush();
    return renderer.render(comparison);
  }

  private List<PlanSource> sources(boolean folder) {
    if (folder) {
      try {
        return PlanFiles.expand(List.of(Path.of(revisions.get(0)))).stream()
            .map(p -> (PlanSource) new PlanSource.File(p))
            .toList();
      } catch (PlanFiles.NoPlans e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    List<PlanSource> sources = new ArrayList<>();
    for (String arg : revisions) {
      if (isFolder(arg)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            arg + ": is a folder; give either one folder of revisions or the revisions one by one");
      }
      sources.add(source(arg));
    }
    return sources;
  }

  private static boolean isFolder(String arg) {
    return !arg.startsWith("sample:") && Files.isDirectory(Path.of(arg));
  }

  private PlanSource source(String arg) {
    if (arg.startsWith("sample:")) {
      try {
        return new PlanSource.Sample(arg.substring("sample:".length()));
      } catch (NoSuchElementException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    return new PlanSource.File(Path.of(arg));
  }
}
