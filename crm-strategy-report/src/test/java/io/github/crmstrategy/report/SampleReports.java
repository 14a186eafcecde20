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

  /**
   * The test series of three revisions of a pharmacy chain's plan (test resources, not samples).
   */
  static final List<String> PHARMACY =
      List.of(
          "linden-pharmacies/rev1.yaml",
          "linden-pharmacies/rev2.yaml",
          "linden-pharmacies/rev3.yaml");

  /** A plan of the test resources' {@code trend} folder, named by its path there. */
  static ReviewedPlan reviewedTestPlan(String name) {
    try {
      return ReviewedPlan.assess(
          REVIEWER,
          name,
          io.github.crmstrategy.document.PlanDocuments.read(
              java.nio.file.Path.of("src/test/resources/trend").resolve(name)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  /** The pharmacy chain's three revisions, oldest first. */
  static List<ReviewedPlan> pharmacy() {
    return PHARMACY.stream().map(SampleReports::reviewedTestPlan).toList();
  }
}
