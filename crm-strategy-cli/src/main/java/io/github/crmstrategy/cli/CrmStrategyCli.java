package io.github.crmstrategy.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crm-strategy} command line, main class of {@code crm-strategy.jar}.
 *
 * <p>Each subcommand is one class in this package; add a new one to {@link Command#subcommands()}
 * below. Subcommands read plans through {@link PlanLoader}, write through the {@link
 * CommandLine#getOut()} and {@link CommandLine#getErr()} writers (so that tests can capture them)
 * and return an {@link ExitCodes exit status}.
 */
@Command(
    name = "crm-strategy",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Reviews a company's CRM strategy against its strategic plan.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      ValidateCommand.class,
      AssessCommand.class,
      CompareCommand.class,
      RouteCommand.class,
      RulesCommand.class,
      SamplesCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:success, every document is valid (findings do not change the status)",
      "1:internal error, or assess --fail-on: a finding at or above that severity",
      "2:a document is invalid or cannot be read, a folder holds no plan document, an assessment"
          + " was cut short, the profile is broken, the output cannot be written, or the command"
          + " line is wrong"
    })
public final class CrmStrategyCli {
  @CommandLine.Option(
      names = "--lang",
      paramLabel = "LANG",
      converter = LanguageOption.Converter.class,
      description =
          "Language of the help, the messages and the reports: en or ru (default: the"
              + " platform's; a report also follows its plan's 'language').")
  private java.util.Locale lang;

  private CrmStrategyCli() {}

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /**
   * Runs the command line on the standard streams and returns its exit status. Standard output and
   * standard error are UTF-8 whatever the platform's locale ({@code LANG=C} in a container would
   * otherwise turn Cyrillic into question marks). Standard output is written without {@link
   * System#out}, which swallows write errors: a report that could not be written (a full disk, a
   * closed pipe) gives status 2, never 0.
   */
  public static int execute(String... args) {
    CommandLine cli = commandLine();
    cli.setOut(
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(
                    new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8)),
            false));
    cli.setErr(
        new PrintWriter(
            new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8),
            true));
    return execute(cli, args);
  }

  /**
   * Runs {@code cli} and returns its exit status; when its standard output failed, {@link
   * ExitCodes#INVALID} with the reason on its error stream.
   */
  public static int execute(CommandLine cli, String... args) {
    // The language of the run (--lang wherever it is, else the platform's): the help and the
    // messages, and the reports' language when a command has none of its own.
    CliTexts.choose(CliTexts.scan(args));
    try {
      CliTexts.help(CliTexts.locale())
          .ifPresent(
              bundle -> {
                cli.setResourceBundle(bundle);
                cli.setParameterExceptionHandler(CrmStrategyCli::usageError);
              });
      int status = cli.execute(args);
      if (cli.getOut().checkError() && status != ExitCodes.INVALID) {
        cli.getErr().println(CliTexts.t("stdout.failed"));
        cli.getErr().flush();
        return ExitCodes.INVALID;
      }
      return status;
    } finally {
      CliTexts.reset();
    }
  }

  /**
   * A usage error in the run's language: picocli's message said again, its suggestions, and the
   * command's help (from the language's bundle).
   */
  private static int usageError(CommandLine.ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    java.io.PrintWriter err = cli.getErr();
    err.println(CliTexts.usageError(e.getMessage()));
    if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
      err.println(CliTexts.t("picocli.suggestions", "list", String.join(", ", u.getSuggestions())));
    }
    cli.usage(err);
    err.flush();
    return cli.getCommandSpec().exitCodeOnInvalidInput();
  }

  /**
   * A fresh, fully configured command line; callers may replace its writers with {@link
   * CommandLine#setOut} and {@link CommandLine#setErr} before {@link CommandLine#execute}.
   */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new CrmStrategyCli());
    configure(cli);
    return cli;
  }

  private static void configure(CommandLine cli) {
    cli.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.INVALID);
    cli.getCommandSpec().exitCodeOnExecutionException(ExitCodes.SOFTWARE);
    cli.getCommandSpec().exitCodeOnSuccess(ExitCodes.OK);
    cli.getCommandSpec().exitCodeOnUsageHelp(ExitCodes.OK);
    cli.getCommandSpec().exitCodeOnVersionHelp(ExitCodes.OK);
    cli.getSubcommands().values().forEach(CrmStrategyCli::configure);
  }
}
