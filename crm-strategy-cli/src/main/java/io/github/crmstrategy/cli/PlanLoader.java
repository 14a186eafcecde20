package io.github.crmstrategy.cli;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.Problem;
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
   * Reads {@code source}; when it cannot be read or is invalid, reports why on the error stream
   * (every problem, one per line) and returns empty.
   */
  public Optional<LoadedPlan> load(PlanSource source) {
    try {
      return Optional.of(source.load());
    } catch (InvalidPlanException e) {
      List<Problem> problems = e.problems();
      err.printf(
          "%s: INVALID, %d %s%n",
          source.displayName(), problems.size(), problems.size() == 1 ? "problem" : "problems");
      problems.forEach(p -> err.println(p));
    } catch (NoSuchFileException e) {
      err.printf("%s: cannot read: no such file%n", source.displayName());
    } catch (AccessDeniedException e) {
      err.printf("%s: cannot read: permission denied%n", source.displayName());
    } catch (CharacterCodingException e) {
      err.printf("%s: cannot read: not UTF-8 text%n", source.displayName());
    } catch (IOException e) {
      err.printf("%s: cannot read: %s%n", source.displayName(), describe(e));
    }
    err.flush();
    return Optional.empty();
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
