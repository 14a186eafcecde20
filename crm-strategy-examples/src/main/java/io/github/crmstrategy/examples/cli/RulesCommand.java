package io.github.crmstrategy.examples.cli;

import io.github.crmstrategy.rules.RuleDescriptor;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rules list}: describes the rules of the built-in pack. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Describes the built-in review rules (see docs/rules.md).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {RulesCommand.ListCommand.class})
public final class RulesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID;
  }

  /** {@code rules list}: one line per reporting rule. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Lists every reporting rule of the built-in pack, by id: id, category, severity, title"
              + " and the parameters it reads.")
  public static final class ListCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      List<RuleDescriptor> rules = AssessCommand.reviewer().rules();
      out.printf("%-12s %-13s %-8s %s%n", "ID", "CATEGORY", "SEVERITY", "TITLE [PARAMETERS]");
      for (RuleDescriptor r : rules) {
        out.printf(
            "%-12s %-13s %-8s %s%s%n",
            r.id(),
            r.category(),
            r.severity(),
            r.title(),
            r.parameters().isEmpty() ? "" : " [" + String.join(", ", r.parameters()) + "]");
      }
      out.printf("%d %s%n", rules.size(), rules.size() == 1 ? "rule" : "rules");
      out.flush();
      return ExitCodes.OK;
    }
  }
}
