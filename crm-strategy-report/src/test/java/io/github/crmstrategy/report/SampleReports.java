package io.github.crmstrategy.report;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.util.List;

/** The bundled samples reviewed once, named {@code NAME.yaml} as the CLI names them. */
final class SampleReports {
  static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  /** The pairs of revisions bundled as samples: first revision, second revision. */
  static final List<List<String>> REVISIONS =
      List.of(
          List.of(Samples.TRAVEL_COMPANY, Samples.TRAVEL_COMPANY_REV2),
          List.of(Samples.WEAK_PLAN, Samples.WEAK_PLAN_REV2));

  private SampleReports() {}

  static ReviewedPlan reviewed(String sample) {
    try {
      return ReviewedPlan.assess(REVIEWER, sample + ".yaml", SamplePlans.load(sample));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  static Comparison compare(String older, String newer) {
    return Comparison.of(reviewed(older), reviewed(newer));
  }
}
