package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.report.Comparison;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;

/**
 * Example: compare two revisions of a plan (the bundled travel-company sample and its second
 * revision) and print what was resolved, what is new and which targets moved, then the Markdown
 * form for a pull request.
 */
public final class CompareRevisions {
  private CompareRevisions() {}

  /** Runs the example. */
  public static void main(String[] args) throws InvalidPlanException {
    Reviewer reviewer = Reviewer.withDefaultRules();
    ReviewedPlan older =
        ReviewedPlan.assess(
            reviewer, "travel-company.yaml", BundledSample.load(Samples.TRAVEL_COMPANY));
    ReviewedPlan newer =
        ReviewedPlan.assess(
            reviewer, "travel-company-rev2.yaml", BundledSample.load(Samples.TRAVEL_COMPANY_REV2));

    Comparison comparison = Comparison.of(older, newer);

    System.out.printf(
        "Document quality %.1f -> %.1f; maturity today level %d -> %d%n",
        comparison.documentQuality().oldScore(),
        comparison.documentQuality().newScore(),
        comparison.overall().oldLevel(),
        comparison.overall().newLevel());
    comparison.resolved().forEach(f -> System.out.printf("resolved %s %s%n", f.ruleId(), f.path()));
    comparison
        .introduced()
        .forEach(f -> System.out.printf("new      %s %s%n", f.ruleId(), f.path()));
    comparison.movedTargets().forEach(t -> System.out.printf("moved    %s%n", t.path()));
    System.out.println();
    System.out.print(ReportRenderer.of(ReportFormat.MARKDOWN).render(comparison));
  }
}
