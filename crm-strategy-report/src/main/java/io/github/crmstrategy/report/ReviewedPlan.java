package io.github.crmstrategy.report;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan together with its assessment report: what the renderers and {@link Comparison} work on.
 *
 * @param name the name reports show for the plan and use as its artifact URI in SARIF (a file path
 *     relative to the repository, or a sample name); choose one without machine-specific parts to
 *     get reproducible reports
 * @param plan the assessed plan
 * @param report its assessment report
 * @param loaded the document the plan was read from, when known: gives findings a line and column
 */
public record ReviewedPlan(
    String name, PlanDocument plan, AssessmentReport report, Optional<LoadedPlan> loaded)
    implements PlanOutcome {

  /** Checks that no component is null. */
  public ReviewedPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(loaded, "loaded");
  }

  /** A plan read from a document, with source locations. */
  public static ReviewedPlan of(String name, LoadedPlan loaded, AssessmentReport report) {
    return new ReviewedPlan(name, loaded.plan(), report, Optional.of(loaded));
  }

  /** A plan built in code (no source locations). */
  public static ReviewedPlan of(String name, PlanDocument plan, AssessmentReport report) {
    return new ReviewedPlan(name, plan, report, Optional.empty());
  }

  /** Assesses {@code loaded} with {@code reviewer}. */
  public static ReviewedPlan assess(Reviewer reviewer, String name, LoadedPlan loaded) {
    return of(name, loaded, reviewer.assess(loaded.plan()));
  }

  /**
   * Line and column of the element at {@code path} (or of its nearest enclosing element), with
   * {@link #name()} as the source; empty without a loaded document or when nothing is located.
   */
  public Optional<SourceLocation> locate(ElementPath path) {
    return loaded
        .flatMap(l -> l.locate(path))
        .map(l -> new SourceLocation(name, l.line(), l.column()));
  }
}
