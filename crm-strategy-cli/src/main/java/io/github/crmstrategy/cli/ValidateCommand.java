package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.LoadedPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate [FILE...]}: reads plan documents and says whether each one is valid. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Reads plan documents and checks that each is a valid document.",
      "For a valid document prints a summary and OK on standard output; for an invalid one prints"
          + " every problem, located by file, line, column and element path, on standard error.",
      "With no FILE and no --sample, validates the bundled reference plan."
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:every document is valid",
      "2:a document is invalid or cannot be read, or the command line is wrong"
    })
public final class ValidateCommand implements Callable<Integer> {

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
      description = "Also validate the bundled sample NAME (repeatable): ${COMPLETION-CANDIDATES}.")
  private List<String> samples = new ArrayList<>();

  @picocli.CommandLine.Mixin private LanguageOption language = new LanguageOption();

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PlanLoader loader = new PlanLoader(spec.commandLine().getErr());
    int status = ExitCodes.OK;
    for (PlanSource source : PlanLoader.sources(spec, files, samples)) {
      Optional<LoadedPlan> loaded = loader.load(source);
      if (loaded.isPresent()) {
        out.println(source.displayName());
        PlanSummary.print(loaded.get().plan(), out);
        out.println("OK");
      } else {
        status = ExitCodes.INVALID;
      }
      out.flush();
    }
    return status;
  }
}
