package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.samples.Samples;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads plan documents for the subcommands: chooses the sources (files, named samples, or the
 * bundled reference plan when none is given) and reports documents that cannot be used on the error
 * stream, so that each subcommand deals only with valid plans.
 */
public final class PlanLoader {
  private final PrintWriter err;

  /** A loader reporting to {@code err}. */
  public PlanLoader(PrintWriter err) {
    this.err = err;
  }

  /**
   * The sources named on the command line: {@code files}, then {@code samples}; the bundled
   * reference plan when both are empty.
   *
   * @throws CommandLine.ParameterException if a sample name is unknown (a usage error)
   */
  public static List<PlanSource> sources(CommandSpec spec, List<Path> files, List<String> samples) {
    List<PlanSource> sources = new ArrayList<>();
    files.forEach(f -> sources.add(new PlanSource.File(f)));
    for (String name : samples) {
      try {
        sources.add(new PlanSource.Sample(name));
      } catch (NoSuchElementException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    if (sources.isEmpty()) {
      sources.add(new PlanSource.Sample(Samples.NORTHWIND_TELECOM));
    }
    return sources;
  }

  /**
   * What reading a source gave: the plan, or why there is none, as problems ({@code readable}
   * false: the file itself could not be read, one problem saying why).
   *
   * @param plan the plan, when the document is valid
   * @param problems every problem otherwise, located where known
   * @param readable whether the source could be read (an invalid document is readable)
   */
  public record Attempt(Optional<LoadedPlan> plan, List<Problem> problems, boolean readable) {}

  /** Reads {@code source} without reporting anything; see {@link #report}. */
  public Attempt read(PlanSource source) {
    try {
      return new Attempt(Optional.of(source.load()), List.of(), true);
    } catch (InvalidPlanException e) {
      return new Attempt(Optional.empty(), e.problems(), true);
    } catch (NoSuchFileException e) {
      return unreadable("cannot read: no such file", "read.noSuchFile");
    } catch (AccessDeniedException e) {
      return unreadable("cannot read: permission denied", "read.denied");
    } catch (CharacterCodingException e) {
      return unreadable("cannot read: not UTF-8 text", "read.notUtf8");
    } catch (IOException e) {
      return unreadable("cannot read: " + describe(e), "read.other", "reason", describe(e));
    }
  }

  private static Attempt unreadable(String why, String key, Object... args) {
    return new Attempt(
        Optional.empty(), List.of(Problem.keyed(ElementPath.root(), why, "", key, args)), false);
  }

  /**
   * Reports on the error stream why {@code source} cannot be used, as {@code validate} does: every
   * problem, one per line, or why the file cannot be read.
   */
  public void report(PlanSource source, Attempt attempt) {
    java.util.Locale lang = CliTexts.locale();
    if (!attempt.readable()) {
      Problem p = attempt.problems().get(0);
      err.println(
          CliTexts.t(
              "plan.unreadable", "name", source.displayName(), "reason", p.in(lang).message()));
    } else {
      List<Problem> problems = attempt.problems();
      err.println(
          CliTexts.t("plan.invalid", "name", source.displayName(), "count", problems.size()));
      problems.forEach(p -> err.println(p.in(lang).toString(lang)));
    }
    err.flush();
  }

  /** Reports on the error stream that the assessment of {@code source} was cut short, and why. */
  public void reportFailure(PlanSource source, RuleExecutionException e) {
    err.println(source.displayName() + ": " + e.getMessage());
    err.flush();
  }

  /**
   * Reads {@code source}; when it cannot be read or is invalid, reports why on the error stream
   * (every problem, one per line) and returns empty.
   */
  public Optional<LoadedPlan> load(PlanSource source) {
    Attempt attempt = read(source);
    if (attempt.plan().isEmpty()) {
      report(source, attempt);
    }
    return attempt.plan();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
