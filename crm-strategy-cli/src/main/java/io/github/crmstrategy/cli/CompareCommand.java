package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code compare OLD NEW}: what changed between two revisions of a plan. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compares two revisions of a plan: the maturity change of each building block (score and"
          + " level), the findings resolved, new and unchanged (matched by rule id and element"
          + " path), and the indicators whose target value or due date moved.",
      "OLD and NEW are plan documents, or sample:NAME for a bundled sample (for example"
          + " sample:travel-company and sample:travel-company-rev2)."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:both revisions were assessed and compared",
      "2:a document is invalid or cannot be read, the output cannot be written, or the command"
          + " line is wrong"
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

  @Parameters(index = "0", paramLabel = "OLD", description = "The older revision.")
  private String older;

  @Parameters(index = "1", paramLabel = "NEW", description = "The newer revision.")
  private String newer;

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

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<String> unwritable = ReportTargets.checkFile(output);
    if (unwritable.isPresent()) {
      err.println(unwritable.get());
      err.flush();
      return ExitCodes.INVALID;
    }
    PlanLoader loader = new PlanLoader(err);
    PlanSource a = source(older);
    PlanSource b = source(newer);
    Optional<LoadedPlan> la = loader.load(a);
    Optional<LoadedPlan> lb = loader.load(b);
    if (la.isEmpty() || lb.isEmpty()) {
      return ExitCodes.INVALID;
    }
    Comparison comparison =
        Comparison.of(
            ReviewedPlan.assess(AssessCommand.reviewer(), ReportTargets.reportName(a), la.get()),
            ReviewedPlan.assess(AssessCommand.reviewer(), ReportTargets.reportName(b), lb.get()));
    comparison.warnings().forEach(w -> err.println(CliTexts.t("warning", "text", w)));
    err.flush();
    String text =
        language
            .apply(
                ReportRenderer.of(ReportTargets.Format.valueOf(format.name()).format)
                    .withColor(
                        format == Format.text && ReportTargets.colour(color, output != null)))
            .render(comparison);
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
