package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Example: a host application reviews a folder of plans on its own thread pool with one shared
 * {@link Reviewer} (thread-safe: build it once). Argument: {@code [DIR]}; without one, the bundled
 * samples are written to a temporary folder first. Prints one line per plan, in file order.
 */
public final class ReviewFolderInParallel {
  private ReviewFolderInParallel() {}

  /** The outcome for one file: a reviewed plan, or why it could not be read or assessed. */
  public record Outcome(Path file, ReviewedPlan reviewed, String problem) {}

  /** Reviews every *.yaml, *.yml and *.json file below {@code folder} on {@code pool}. */
  public static List<Outcome> review(Path folder, Reviewer reviewer, ExecutorService pool)
      throws IOException, InterruptedException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files =
          walk.filter(Files::isRegularFile)
              .filter(p -> p.toString().matches("(?i).*\\.(ya?ml|json)$"))
              .sorted()
              .toList();
    }
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Path file : files) {
      futures.add(
          pool.submit(
              () -> {
                String name = folder.relativize(file).toString().replace('\\', '/');
                try {
                  return new Outcome(
                      file, ReviewedPlan.assess(reviewer, name, PlanDocuments.read(file)), null);
                } catch (InvalidPlanException e) {
                  return new Outcome(file, null, "INVALID: " + e.problems().size() + " problem(s)");
                } catch (RuleExecutionException e) {
                  // An analyst's rule failed or a limit stopped it: this plan only, the pool goes
                  // on.
                  return new Outcome(
                      file, null, "CUT SHORT (" + e.reason() + "): " + e.getMessage());
                }
              }));
    }
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      try {
        outcomes.add(future.get());
      } catch (ExecutionException e) {
        throw new IllegalStateException(e.getCause());
      }
    }
    return outcomes;
  }

  /** Runs the example. */
  public static void main(String[] args) throws Exception {
    Path folder = args.length > 0 ? Path.of(args[0]) : samplesFolder();
    Reviewer reviewer = Reviewer.withDefaultRules(); // one, shared by every thread
    ExecutorService pool = Executors.newFixedThreadPool(4); // the host's own pool
    try {
      for (Outcome o : review(folder, reviewer, pool)) {
        if (o.reviewed() == null) {
          System.out.printf("%-28s %s%n", folder.relativize(o.file()), o.problem());
          continue;
        }
        var report = o.reviewed().report();
        System.out.printf(
            Locale.ROOT,
            "%-28s today level %d, planned %d  errors %d  warnings %d%n",
            o.reviewed().name(),
            report.maturity().current().level(),
            report.maturity().target().level(),
            report.countsBySeverity().get(Severity.ERROR),
            report.countsBySeverity().get(Severity.WARNING));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static Path samplesFolder() throws IOException {
    Path folder = Files.createTempDirectory("crm-plans");
    for (String name : Samples.names()) {
      Files.writeString(folder.resolve(name + ".yaml"), Samples.content(name));
    }
    return folder;
  }
}
