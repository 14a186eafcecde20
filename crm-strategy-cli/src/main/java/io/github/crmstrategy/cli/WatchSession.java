package io.github.crmstrategy.cli;

import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.DecisionTableSource;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleProfileException;
import io.github.crmstrategy.rules.profile.RuleProfiles;
import io.github.crmstrategy.rules.profile.RuleSource;
import io.github.crmstrategy.text.Numbers;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state a {@code --watch} keeps between runs: the reviewer of the profile, rebuilt only when
 * the profile or one of its files changed, and the files to watch.
 */
final class WatchSession {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Path profile;
  private final boolean untrusted;
  private final CacheOptions cache;
  private final PrintWriter err;
  private Set<Path> profileFiles = new LinkedHashSet<>();
  private Map<Path, Long> profileState;
  private Optional<Reviewer> reviewer = Optional.empty();

  /** A session over {@code profile} (null: the built-in rules), read as untrusted if asked. */
  WatchSession(Path profile, boolean untrusted, CacheOptions cache, PrintWriter err) {
    this.profile = profile;
    this.untrusted = untrusted;
    this.cache = cache;
    this.err = err;
  }

  /** Whether a change of {@code file} can change a review: plans, profiles and rule files. */
  static boolean isWatched(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    String lower = name.toLowerCase(Locale.ROOT);
    return PlanFiles.isPlanDocument(file)
        || lower.endsWith(".drl")
        || lower.endsWith(".xlsx")
        || lower.endsWith(".xls")
        || lower.endsWith(".csv");
  }

  /**
   * What to watch: the plan files and folders given, the profile, the folder it is in (profiles it
   * extends and rule files usually live there) and every rule file it named when last read.
   */
  Collection<Path> roots(List<Path> plans) {
    Set<Path> roots = new LinkedHashSet<>(plans);
    if (profile != null) {
      roots.add(profile);
      Path folder = profile.toAbsolutePath().getParent();
      if (folder != null) {
        roots.add(folder);
      }
      roots.addAll(profileFiles);
    }
    return roots;
  }

  /**
   * The reviewer for this run: rebuilt when the profile's files changed since the last build (a
   * broken profile prints its located problems and gives none until it is fixed).
   */
  Optional<Reviewer> reviewer() {
    if (profile == null) {
      return Optional.of(AssessCommand.reviewer());
    }
    Map<Path, Long> state = FileWatcher.fingerprint(roots(List.of()), WatchSession::isWatched);
    if (state.equals(profileState)) {
      return reviewer;
    }
    profileState = state;
    reviewer = ProfileOptions.reviewer(profile, untrusted, cache, err);
    profileFiles = filesOf(profile).orElse(profileFiles);
    return reviewer;
  }

  private static Optional<Set<Path>> filesOf(Path profile) {
    try {
      RuleProfile read = RuleProfiles.read(profile);
      Set<Path> files = new LinkedHashSet<>();
      for (RuleSource drl : read.drl()) {
        files.add(Path.of(drl.name()));
      }
      for (DecisionTableSource table : read.decisionTables()) {
        files.add(Path.of(table.name()));
      }
      files.removeIf(f -> !Files.isRegularFile(f));
      return Optional.of(files);
    } catch (RuleProfileException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Prints, per plan, the maturity change and the findings new and resolved since the previous run,
   * matched by rule id and element path ({@code FindingKey}) as {@code compare} does.
   */
  static void printChanges(
      Map<String, ReviewedPlan> previous,
      Map<String, ReviewedPlan> current,
      long startNanos,
      PrintWriter out) {
    long ms = (System.nanoTime() - startNanos) / 1_000_000;
    out.println();
    out.println(CliTexts.t("watch.reassessed", "time", LocalTime.now().format(TIME), "ms", ms));
    if (current.isEmpty()) {
      out.println("  " + CliTexts.t("watch.nothing"));
    }
    String added = CliTexts.t("watch.new");
    String gone = CliTexts.t("watch.resolved");
    int width = Math.max(added.length(), gone.length());
    for (Map.Entry<String, ReviewedPlan> e : current.entrySet()) {
      ReviewedPlan now = e.getValue();
      ReviewedPlan before = previous.get(e.getKey());
      int total = now.report().findings().size();
      if (before == null) {
        out.println(
            CliTexts.t(
                "watch.first",
                "name",
                e.getKey(),
                "score",
                Numbers.oneDecimal(now.report().maturity().current().score()),
                "count",
                total));
        continue;
      }
      Comparison c = Comparison.of(before, now);
      Comparison.MaturityChange m = c.overall();
      String maturity =
          m.scoreDelta() == 0
              ? Numbers.oneDecimal(m.newScore())
              : Numbers.oneDecimal(m.oldScore()) + " -> " + Numbers.oneDecimal(m.newScore());
      out.println(
          CliTexts.t(
              "watch.changed",
              "name",
              e.getKey(),
              "maturity",
              maturity,
              "introduced",
              c.introduced().size(),
              "resolved",
              c.resolved().size(),
              "unchanged",
              c.unchanged().size()));
      for (Finding f : c.introduced()) {
        out.printf(
            "  %-" + width + "s %-7s [%s] %s: %s%n",
            added,
            f.severity(),
            f.ruleId(),
            f.path(),
            f.message());
      }
      for (Finding f : c.resolved()) {
        out.printf(
            "  %-" + width + "s %-7s [%s] %s: %s%n",
            gone,
            f.severity(),
            f.ruleId(),
            f.path(),
            f.message());
      }
    }
    out.flush();
  }
}
