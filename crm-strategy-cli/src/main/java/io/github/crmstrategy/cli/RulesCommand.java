package io.github.crmstrategy.cli;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.text.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules list|check}: describes the rules of a pack and checks rule profiles. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Describes the review rules (see docs/rules.md) and checks rule profiles.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {RulesCommand.ListCommand.class, RulesCommand.CheckCommand.class})
public final class RulesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.INVALID;
  }

  /** {@code rules list [--profile P]}: one line per reporting rule. */
  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Lists every reporting rule of the built-in pack, or of a profile's pack, by id: id,"
              + " category, severity, whether it runs, title and the parameters it reads with their"
              + " values.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:listed", "2:the profile is broken (located problems on standard error)"})
  public static final class ListCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Option(
        names = "--profile",
        paramLabel = "PROFILE",
        description = "List the rules of the rule profile PROFILE (YAML).")
    private Path profile;

    @Option(
        names = "--untrusted-profile",
        description =
            "Read the profile as untrusted: data only (no DRL or decision tables), files only from"
                + " its folder, sizes capped.")
    private boolean untrusted;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      Optional<Reviewer> reviewer =
          ProfileOptions.reviewer(profile, untrusted, spec.commandLine().getErr());
      if (reviewer.isEmpty()) {
        return ExitCodes.INVALID;
      }
      List<RuleDescriptor> rules = reviewer.get().rules();
      Map<String, Double> values = reviewer.get().parameters();
      out.printf(
          "%-12s %-13s %-8s %-7s %s%n",
          "ID", "CATEGORY", "SEVERITY", "ENABLED", "TITLE [PARAMETERS]");
      for (RuleDescriptor r : rules) {
        out.printf(
            "%-12s %-13s %-8s %-7s %s%s%n",
            r.id(),
            r.category(),
            r.severity(),
            r.enabled() ? "yes" : "no",
            r.title(),
            r.parameters().isEmpty()
                ? ""
                : r.parameters().stream()
                    .map(p -> p + "=" + value(values.get(p)))
                    .collect(Collectors.joining(", ", " [", "]")));
      }
      out.printf("%d %s%n", rules.size(), rules.size() == 1 ? "rule" : "rules");
      out.flush();
      return ExitCodes.OK;
    }

    private static String value(Double v) {
      if (v == null) {
        return "?";
      }
      return Numbers.wholeOrDecimal(v);
    }
  }

  /** {@code rules check PROFILE}: compiles and validates a profile with its files. */
  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Reads, compiles and validates the rule profile PROFILE with every file it names; prints"
              + " each problem as file:line:column: message.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:the profile is usable", "2:the profile is broken"})
  public static final class CheckCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(paramLabel = "PROFILE", description = "The rule profile (YAML).")
    private Path profile;

    @Option(
        names = "--untrusted-profile",
        description =
            "Read the profile as untrusted: data only (no DRL or decision tables), files only from"
                + " its folder, sizes capped.")
    private boolean untrusted;

    @Override
    public Integer call() {
      Optional<Reviewer> reviewer =
          ProfileOptions.reviewer(profile, untrusted, spec.commandLine().getErr());
      if (reviewer.isEmpty()) {
        return ExitCodes.INVALID;
      }
      long off = reviewer.get().rules().stream().filter(r -> !r.enabled()).count();
      PrintWriter out = spec.commandLine().getOut();
      out.printf(
          "%s: OK, %d rules (%d switched off)%n", profile, reviewer.get().rules().size(), off);
      out.flush();
      return ExitCodes.OK;
    }
  }
}
