package io.github.crmstrategy.report;

import io.github.crmstrategy.document.InvalidDocumentException;
import io.github.crmstrategy.document.Problem;
import io.github.crmstrategy.document.SourceLocation;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan of a batch that could not be assessed because its document is invalid (or cannot be read):
 * its name and every problem, each located.
 *
 * @param name the plan's name in reports (as for {@link ReviewedPlan#name()})
 * @param problems every problem of the document, in document order (at least one)
 */
public record InvalidPlan(String name, List<Problem> problems) implements PlanOutcome {
  /** Checks the components and copies the list. */
  public InvalidPlan {
    Objects.requireNonNull(name, "name");
    problems = List.copyOf(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid plan has at least one problem");
    }
  }

  /** The plan {@code name} that {@code e} rejected. */
  public static InvalidPlan of(String name, InvalidDocumentException e) {
    return new InvalidPlan(name, e.problems());
  }

  /**
   * Line and column of {@code problem}, with {@link #name()} as the source (the document's own name
   * may be a machine path; reports name plans as given).
   */
  public Optional<SourceLocation> locate(Problem problem) {
    return problem.location().map(l -> new SourceLocation(name, l.line(), l.column()));
  }
}
