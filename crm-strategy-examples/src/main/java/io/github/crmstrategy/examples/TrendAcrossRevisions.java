package io.github.crmstrategy.examples;

import io.github.crmstrategy.document.InvalidPlanException;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.report.Trend;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import java.util.ArrayList;
import java.util.List;

/**
 * Example: the trend across the revisions of a plan (the bundled weak-plan sample and its second
 * revision, given in any order and put in order by their revision numbers): each block's level
 * today per revision, what each revision opened and resolved, the criteria that moved each block,
 * then the text form of the trend.
 */
public final class TrendAcrossRevisions {
  private TrendAcrossRevisions() {}

  /** Runs the example. */
  public static void main(String[] args) throws InvalidPlanException {
    Reviewer reviewer = Reviewer.withDefaultRules();
    List<ReviewedPlan> revisions = new ArrayList<>();
    for (String sample : List.of(Samples.WEAK_PLAN_REV2, Samples.WEAK_PLAN)) {
      revisions.add(ReviewedPlan.assess(reviewer, sample + ".yaml", BundledSample.load(sample)));
    }

    Trend trend = Trend.inRevisionOrder(revisions); // oldest first, by revision.number

    for (Trend.BlockTrend block : trend.blocks()) {
      System.out.printf(
          "%-20s levels today %s%n",
          block.label(), block.points().stream().map(p -> String.valueOf(p.level())).toList());
    }
    for (Trend.Step step : trend.steps()) {
      System.out.printf(
          "%s: %d opened, %d resolved%n",
          step.to().name(), step.opened().size(), step.resolved().size());
      for (Trend.BlockChange change : step.blocks()) {
        for (Trend.CriterionChange c : change.criteria()) {
          System.out.printf(
              "  %s %s (%s): %s -> %s%n",
              change.block().id(),
              c.criterion(),
              c.scope().words(),
              c.oldStatus().words(),
              c.newStatus().words());
        }
      }
    }
    System.out.println();
    System.out.print(ReportRenderer.of(ReportFormat.TEXT).render(trend));
  }
}
