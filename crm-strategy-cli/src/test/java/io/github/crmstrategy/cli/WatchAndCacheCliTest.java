package io.github.crmstrategy.cli;

import static io.github.crmstrategy.cli.CrmStrategyCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.cli.CrmStrategyCliTest.Run;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code assess --watch}, {@code rules check --watch} and the compiled-rules cache options, driven
 * by files written in a temporary folder. Nothing is timed: each step waits, up to a generous
 * bound, for the output it expects.
 */
class WatchAndCacheCliTest {
  private static final Duration BOUND = Duration.ofMinutes(4);
  private static final String WAITING = "Watching for changes";

  @TempDir Path dir;

  /** A command running on its own thread, its output readable while it runs. */
  static final class Background {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger exit = new AtomicInteger(-1);
    final Thread thread;

    Background(String... args) {
      CommandLine cli = CrmStrategyCli.commandLine();
      cli.setOut(new PrintWriter(out, true));
      cli.setErr(new PrintWriter(err, true));
      thread = new Thread(() -> exit.set(cli.execute(args)), "watch-under-test");
      thread.start();
    }

    /** Waits until the output shows {@code text} at least {@code times} times. */
    void awaitOut(String text, int times) throws InterruptedException {
      await(() -> count(out.toString(), text) >= times, "output with " + times + "x " + text);
    }

    void awaitErr(String text) throws InterruptedException {
      await(() -> err.toString().contains(text), "error output with " + text);
    }

    private void await(java.util.function.BooleanSupplier done, String what)
        throws InterruptedException {
      long deadline = System.nanoTime() + BOUND.toNanos();
      while (!done.getAsBoolean()) {
        assertThat(thread.isAlive()).as("the command ended: %s%n%s", out, err).isTrue();
        assertThat(System.nanoTime() < deadline)
            .as("no %s within %s:%n%s%n%s", what, BOUND, out, err)
            .isTrue();
        Thread.sleep(20);
      }
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(BOUND.toMillis());
      assertThat(thread.isAlive()).isFalse();
      return exit.get();
    }
  }

  static int count(String text, String part) {
    return (text.length() - text.replace(part, "").length()) / part.length();
  }

  /** Replaces {@code target}'s content the way an editor saving it does: write aside, rename. */
  static void save(Path target, String content) throws IOException {
    Path temp = target.resolveSibling(target.getFileName() + ".swp");
    Files.writeString(temp, content);
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Test
  void assessWatchPrintsWhatChangedAndSurvivesABrokenPlan() throws Exception {
    String weak = Files.readString(SamplePlans.file("weak-plan"));
    String travel = Files.readString(SamplePlans.file("travel-company"));
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, weak);
    Background watch = new Background("assess", "--watch", plan.toString());
    watch.awaitOut(WAITING, 1);
    assertThat(watch.out.toString()).contains("Findings").doesNotContain("re-assessed");

    save(plan, travel);
    watch.awaitOut(WAITING, 2);
    // What it prints is exactly what compare finds between the two documents.
    Reviewer reviewer = Reviewer.withDefaultRules();
    Comparison expected =
        Comparison.of(
            ReviewedPlan.assess(
                reviewer, "plan.yaml", PlanDocuments.read(SamplePlans.file("weak-plan"))),
            ReviewedPlan.assess(
                reviewer, "plan.yaml", PlanDocuments.read(SamplePlans.file("travel-company"))));
    String second = watch.out.toString();
    assertThat(expected.introduced()).isNotEmpty();
    assertThat(expected.resolved()).isNotEmpty();
    assertThat(second)
        .contains(
            "plan.yaml: maturity "
                + io.github.crmstrategy.text.Numbers.oneDecimal(expected.overall().oldScore())
                + " -> "
                + io.github.crmstrategy.text.Numbers.oneDecimal(expected.overall().newScore())
                + ", "
                + expected.introduced().size()
                + " new, "
                + expected.resolved().size()
                + " resolved");
    for (Finding f : expected.introduced()) {
      assertThat(second).contains("new      " + pad(f) + "[" + f.ruleId() + "] " + f.path() + ": ");
    }
    for (Finding f : expected.resolved()) {
      assertThat(second).contains("resolved " + pad(f) + "[" + f.ruleId() + "] " + f.path() + ": ");
    }

    // A broken save: the located problem, and it keeps watching.
    save(plan, travel.replaceFirst("formatVersion: 1", "formatVersion: 1\nhorizon: [oops"));
    watch.awaitErr(plan + ":");
    watch.awaitOut(WAITING, 3);
    assertThat(watch.err.toString()).containsPattern(Pattern.quote(plan.toString()) + ":\\d+:\\d+");
    assertThat(watch.out.toString()).contains("no plan could be assessed");

    // Fixed again: compared with the last good run, nothing changed.
    save(plan, travel);
    watch.awaitOut(WAITING, 4);
    assertThat(watch.out.toString())
        .containsPattern("plan.yaml: maturity [\\d.]+, 0 new, 0 resolved");

    assertThat(watch.stop()).isZero();
    assertThat(watch.out.toString()).endsWith("Stopped watching." + System.lineSeparator());
  }

  private static String pad(Finding f) {
    return String.format("%-7s ", f.severity());
  }

  @Test
  void rulesCheckWatchRecompilesOnARuleFileChangeAndTheCacheServesTheRevertedFile()
      throws Exception {
    Path workspace = dir.resolve("workspace");
    copy(SamplePlans.WORKSPACE_FOLDER, workspace);
    Path cache = dir.resolve("cache");
    Path profile = workspace.resolve("profile.yaml");
    Path drl = workspace.resolve("rules/acme.drl");
    String good = Files.readString(drl);

    Run empty = run("rules", "cache", "--cache-dir", cache.toString());
    assertThat(empty.out())
        .contains(": 0 compiled packs, 0 bytes" + System.lineSeparator())
        .contains("kept: the 20 most recently used, none unused for 30 days");

    Background watch =
        new Background(
            "rules", "check", "--watch", "--cache-dir", cache.toString(), profile.toString());
    watch.awaitOut(WAITING, 1);
    assertThat(watch.out.toString()).contains(profile + ": OK, ");

    // A syntax error in the analyst's DRL: located in the file, and the watch goes on.
    save(drl, good.replaceFirst("hasBaseline \\)", "hasBaseline"));
    watch.awaitOut(WAITING, 2);
    watch.awaitErr("acme.drl:");
    assertThat(watch.err.toString()).containsPattern("acme.drl:\\d+:\\d+: ");

    save(drl, good);
    watch.awaitOut(WAITING, 3);
    assertThat(count(watch.out.toString(), profile + ": OK, ")).isEqualTo(2);
    assertThat(watch.stop()).isZero();

    // The broken file was not cached; the good one was, once.
    Run listed = run("rules", "cache", "--cache-dir", cache.toString());
    assertThat(listed.out()).containsPattern(": 1 compiled pack, \\d+ KiB\\R");
    Run pruned = run("rules", "cache", "prune", "--cache-dir", cache.toString());
    assertThat(pruned.out())
        .as("used just now: kept")
        .contains("pruned, 0 files deleted, 1 compiled pack left");
    Run cleared = run("rules", "cache", "clear", "--cache-dir", cache.toString());
    assertThat(cleared.exit()).isZero();
    assertThat(cleared.out()).contains("cleared, 1 file deleted");

    Run uncached =
        run("rules", "check", "--no-cache", "--cache-dir", cache.toString(), profile.toString());
    assertThat(uncached.exit()).as(uncached.err()).isZero();
    assertThat(run("rules", "cache", "--cache-dir", cache.toString()).out())
        .as("--no-cache writes nothing")
        .contains(": 0 compiled packs");
  }

  @Test
  void rulesCacheRejectsAnUnknownAction() {
    Run run = run("rules", "cache", "purge", "--cache-dir", dir.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("unknown action 'purge' (the actions are prune and clear)");
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }
}
