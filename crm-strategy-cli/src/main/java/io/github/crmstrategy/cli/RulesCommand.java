package io.github.crmstrategy.cli;

import io.github.crmstrategy.rules.CompiledRulesCache;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.testing.CaseProblem;
import io.github.crmstrategy.rules.testing.CaseResult;
import io.github.crmstrategy.rules.testing.RuleCaseException;
import io.github.crmstrategy.rules.testing.RuleCases;
import io.github.crmstrategy.text.Messages;
import io.github.crmstrategy.text.Numbers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rules list|check|test|cache}: describes the rules of a pack and checks rule profiles. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Describes the review rules (see docs/rules.md) and checks rule profiles.",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {
      RulesCommand.ListCommand.class,
      RulesCommand.CheckCommand.class,
      RulesCommand.TestCommand.class,
      RulesCommand.CacheCommand.class
    })
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
    /** The bundle of the built-in rules' Russian texts (the rules module's). */
    private static final String RULE_TEXTS = "io.github.crmstrategy.rules.i18n.rules";

    @Spec private CommandSpec spec;

    @Option(
        names = "--profile",
        paramLabel = "PROFILE",
        description = "List the rules of the rule profile PROFILE (YAML).")
    private Path profile;

    @Mixin private CacheOptions cache = new CacheOptions();

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
          ProfileOptions.reviewer(profile, untrusted, cache, spec.commandLine().getErr());
      if (reviewer.isEmpty()) {
        return ExitCodes.INVALID;
      }
      List<RuleDescriptor> rules = reviewer.get().rules();
      Map<String, Double> values = reviewer.get().parameters();
      String[] head = {
        CliTexts.t("rules.colId"),
        CliTexts.t("rules.colCategory"),
        CliTexts.t("rules.colSeverity"),
        CliTexts.t("rules.colEnabled"),
        CliTexts.t("rules.colTitle")
      };
      // The columns are as wide as the language's headings (English keeps 12, 13, 8 and 7).
      String format =
          "%-"
              + Math.max(12, head[0].length())
              + "s %-"
              + Math.max(13, head[1].length())
              + "s %-"
              + Math.max(8, head[2].length())
              + "s %-"
              + Math.max(7, head[3].length())
              + "s %s";
      out.printf(format + "%n", (Object[]) head);
      // Rule titles in the CLI's language: the built-in rules' Russian titles from the rule
      // bundle, an analyst's own rule (no Russian title there) as its profile writes it.
      Optional<Messages> titles =
          CliTexts.russian()
              ? Optional.of(
                  Messages.of(RULE_TEXTS, CliTexts.locale(), Reviewer.class.getClassLoader()))
              : Optional.empty();
      for (RuleDescriptor r : rules) {
        out.printf(
            format + "%s%n",
            r.id(),
            r.category(),
            r.severity(),
            CliTexts.t(r.enabled() ? "rules.yes" : "rules.no"),
            titles.flatMap(m -> m.find(r.id() + ".title", Map.of())).orElse(r.title()),
            r.parameters().isEmpty()
                ? ""
                : r.parameters().stream()
                    .map(p -> p + "=" + value(values.get(p)))
                    .collect(Collectors.joining(", ", " [", "]")));
      }
      out.println(CliTexts.t("rules.count", "count", rules.size()));
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

    @Option(
        names = "--watch",
        description =
            "Keep running: check again whenever the profile or one of its rule files changes."
                + " Ctrl-C stops.")
    private boolean watch;

    @Mixin private CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() {
      if (!watch) {
        return check(
            ProfileOptions.reviewer(profile, untrusted, cache, spec.commandLine().getErr()));
      }
      PrintWriter out = spec.commandLine().getOut();
      WatchSession session =
          new WatchSession(profile, untrusted, cache, spec.commandLine().getErr());
      try (FileWatcher watcher = new FileWatcher(WatchSession::isWatched)) {
        Map<Path, Long> seen = Map.of();
        while (true) {
          seen = watcher.fingerprint(session.roots(List.of()));
          out.printf("[%s] ", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
          out.flush();
          if (check(session.reviewer()) != ExitCodes.OK) {
            out.println("problems on standard error");
          }
          out.println(CliTexts.t("watch.watching"));
          out.flush();
          seen = watcher.awaitChange(() -> session.roots(List.of()), seen);
        }
      } catch (InterruptedException e) {
        out.println(CliTexts.t("watch.stopped"));
        out.flush();
        return ExitCodes.OK;
      }
    }

    private int check(Optional<Reviewer> reviewer) {
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

  /** {@code rules test WORKSPACE}: runs the rule cases of a workspace with its profile. */
  @Command(
      name = "test",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Runs the rule cases of WORKSPACE (its cases/*.yaml) with the reviewer of its"
              + " profile.yaml (or --profile; the built-in rules when there is none): one line per"
              + " passing case, and for each failing one the diff of expected (-) and found (+)"
              + " findings with the file and line of the case.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {
        "0:every case passed",
        "1:a case failed",
        "2:broken input: the profile, a case file or a case's plan (located problems)"
      })
  public static final class TestCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
        paramLabel = "WORKSPACE",
        description = "The workspace: a folder with cases/ and usually profile.yaml.")
    private Path workspace;

    @Option(
        names = "--profile",
        paramLabel = "PROFILE",
        description = "Run the cases with this rule profile instead of WORKSPACE/profile.yaml.")
    private Path profile;

    @Option(
        names = "--watch",
        description =
            "Keep running: run the cases again whenever a case file, a plan, the profile or one of"
                + " its rule files changes. Ctrl-C stops.")
    private boolean watch;

    @Mixin private CacheOptions cache = new CacheOptions();

    @Override
    public Integer call() {
      Path chosen = profile;
      if (chosen == null
          && java.nio.file.Files.isRegularFile(workspace.resolve(RuleCases.PROFILE))) {
        chosen = workspace.resolve(RuleCases.PROFILE);
      }
      PrintWriter err = spec.commandLine().getErr();
      if (!watch) {
        return run(ProfileOptions.reviewer(chosen, false, cache, err));
      }
      PrintWriter out = spec.commandLine().getOut();
      WatchSession session = new WatchSession(chosen, false, cache, err);
      List<Path> roots = List.of(workspace);
      try (FileWatcher watcher = new FileWatcher(WatchSession::isWatched)) {
        Map<Path, Long> seen;
        while (true) {
          seen = watcher.fingerprint(session.roots(roots));
          out.printf("[%s]%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")));
          out.flush();
          run(session.reviewer());
          out.printf("Watching for changes (Ctrl-C to stop)...%n");
          out.flush();
          seen = watcher.awaitChange(() -> session.roots(roots), seen);
        }
      } catch (InterruptedException e) {
        out.printf("Stopped watching.%n");
        out.flush();
        return ExitCodes.OK;
      }
    }

    private int run(Optional<Reviewer> reviewer) {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (reviewer.isEmpty()) {
        return ExitCodes.INVALID;
      }
      RuleCases cases;
      try {
        cases = RuleCases.load(reviewer.get(), workspace);
      } catch (RuleCaseException e) {
        for (CaseProblem p : e.problems()) {
          err.println(p);
        }
        err.printf(
            "%s: %d %s%n",
            workspace, e.problems().size(), e.problems().size() == 1 ? "problem" : "problems");
        err.flush();
        return ExitCodes.INVALID;
      }
      int passed = 0;
      int failed = 0;
      int broken = 0;
      for (CaseResult r : cases.run()) {
        out.println(r.report());
        switch (r.status()) {
          case PASSED -> passed++;
          case FAILED -> failed++;
          case BROKEN -> broken++;
        }
      }
      int total = passed + failed + broken;
      out.printf(
          "%d %s: %d passed, %d failed, %d broken%n",
          total, total == 1 ? "case" : "cases", passed, failed, broken);
      out.flush();
      if (broken > 0) {
        return ExitCodes.INVALID;
      }
      return failed > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
  }

  /**
   * {@code rules cache [clear|prune]}: where the compiled-rules cache is, pruning and clearing it.
   */
  @Command(
      name = "cache",
      mixinStandardHelpOptions = true,
      versionProvider = VersionProvider.class,
      description =
          "Prints where the compiled rules of profiles with their own DRL files and decision"
              + " tables are kept, how many packs it holds and how long they are kept: the "
              + CompiledRulesCache.DEFAULT_MAX_ENTRIES
              + " most recently used, none unused for "
              + CompiledRulesCache.DEFAULT_MAX_UNUSED_DAYS
              + " days (pruned after every new pack). With prune, prunes now; with clear,"
              + " deletes every pack (the next run compiles again). Deleting the folder by hand is"
              + " safe too.",
      exitCodeListHeading = "%nExit status:%n",
      exitCodeList = {"0:done", "2:the cache cannot be read or cleared"})
  public static final class CacheCommand implements Callable<Integer> {

    @Spec private CommandSpec spec;

    @Parameters(
        paramLabel = "ACTION",
        arity = "0..1",
        description =
            "prune: delete the packs the cache would not keep; clear: delete every compiled"
                + " pack.")
    private String action;

    @Option(
        names = "--cache-dir",
        paramLabel = "DIR",
        description =
            "The cache root (default: $CRM_STRATEGY_CACHE_DIR, else $XDG_CACHE_HOME/crm-strategy,"
                + " else ~/.cache/crm-strategy).")
    private Path directory;

    @Override
    public Integer call() {
      if (action != null && !action.equals("clear") && !action.equals("prune")) {
        throw new picocli.CommandLine.ParameterException(
            spec.commandLine(), CliTexts.t("rules.cacheUnknownAction", "action", action));
      }
      CompiledRulesCache cache =
          directory == null ? CompiledRulesCache.userDefault() : CompiledRulesCache.at(directory);
      PrintWriter out = spec.commandLine().getOut();
      try {
        if (action == null) {
          int n = cache.size();
          out.println(
              CliTexts.t(
                  "rules.cacheSize",
                  "directory",
                  cache.directory(),
                  "count",
                  n,
                  "size",
                  size(cache.bytes())));
          out.println(
              CliTexts.t(
                  "rules.cacheKept",
                  "max",
                  cache.maxEntries(),
                  "days",
                  cache.maxUnused().toDays()));
        } else if (action.equals("prune")) {
          int n = cache.prune();
          out.println(
              CliTexts.t(
                  "rules.cachePruned",
                  "directory",
                  cache.directory(),
                  "count",
                  n,
                  "left",
                  cache.size()));
        } else {
          int n = cache.clear();
          out.println(CliTexts.t("rules.cacheCleared", "directory", cache.directory(), "count", n));
        }
      } catch (java.io.UncheckedIOException e) {
        spec.commandLine()
            .getErr()
            .printf("%s: %s%n", cache.directory(), e.getCause().getMessage());
        spec.commandLine().getErr().flush();
        return ExitCodes.INVALID;
      }
      out.flush();
      return ExitCodes.OK;
    }

    /** {@code bytes} for a reader: bytes (in the run's language), KiB or MiB. */
    static String size(long bytes) {
      if (bytes < 1024) {
        return CliTexts.t("rules.bytes", "count", bytes);
      }
      if (bytes < 1024 * 1024) {
        return Math.round(bytes / 1024.0) + " KiB";
      }
      return io.github.crmstrategy.text.Numbers.upToTwoDecimals(
              Math.round(bytes / (1024.0 * 1024.0) * 10) / 10.0)
          + " MiB";
    }
  }
}
