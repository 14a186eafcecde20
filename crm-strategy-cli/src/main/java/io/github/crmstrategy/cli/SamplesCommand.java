package io.github.crmstrategy.cli;

import io.github.crmstrategy.samples.Samples;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code samples [NAME]}: lists the bundled sample plans, or prints one of them. */
@Command(
    name = "samples",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Lists the bundled sample plan documents; with NAME, prints that document (YAML) on standard"
          + " output, a starting point for your own plan."
    })
public final class SamplesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "NAME",
      arity = "0..1",
      completionCandidates = SampleNames.class,
      description = "The sample to print: ${COMPLETION-CANDIDATES}.")
  private String name;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    if (name == null) {
      for (String sample : Samples.names()) {
        out.printf("%-20s %s%n", sample, Samples.description(sample));
      }
    } else {
      if (!Samples.names().contains(name)) {
        throw new ParameterException(
            spec.commandLine(),
            "no bundled sample named '"
                + name
                + "'; samples: "
                + String.join(", ", Samples.names()));
      }
      out.print(Samples.content(name));
    }
    out.flush();
    return ExitCodes.OK;
  }
}
