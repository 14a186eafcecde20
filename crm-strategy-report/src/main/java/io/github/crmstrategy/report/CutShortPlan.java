package io.github.crmstrategy.report;

import io.github.crmstrategy.document.LoadedPlan;
import io.github.crmstrategy.document.SourceLocation;
import io.github.crmstrategy.rules.RuleExecutionException;
import java.util.Objects;
import java.util.Optional;

/**
 * A plan of a batch whose assessment was cut short: a rule failed or a guard of the reviewer's
 * {@code AssessmentLimits} stopped it. Reports name the plan with the reason and the rule; its
 * findings are not reported, since they would be incomplete.
 *
 * @param name the plan's name in reports (as for {@link ReviewedPlan#name()})
 * @param organization the plan's organisation
 * @param failure why the assessment was cut short
 * @param loaded the document the plan was read from, when known: locates the element the rule was
 *     looking at
 */
public record CutShortPlan(
    String name, String organization, RuleExecutionException failure, Optional<LoadedPlan> loaded)
    implements PlanOutcome {

  /** Checks that no component is null. */
  public CutShortPlan {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(failure, "failure");
    Objects.requireNonNull(loaded, "loaded");
  }

  /** The plan read from {@code loaded} whose assessment failed with {@code failure}. */
  public static CutShortPlan of(String name, LoadedPlan loaded, RuleExecutionException failure) {
    return new CutShortPlan(
        name, loaded.plan().organization().name(), failure, Optional.of(loaded));
  }

  /** Line and column of the element the failing rule was looking at, when known. */
  public Optional<SourceLocation> location() {
    return failure
        .path()
        .flatMap(p -> loaded.flatMap(l -> l.locate(p)))
        .map(l -> new SourceLocation(name, l.line(), l.column()));
  }
}
