package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import org.junit.jupiter.api.Test;

/** What the default rules say about the bundled samples: the acceptance bar of the rule sets. */
class SampleAssessmentsTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static AssessmentReport assess(String sample) throws Exception {
    return REVIEWER.assess(SamplePlans.load(sample).plan());
  }

  @Test
  void referencePlanHasNoErrorFinding() throws Exception {
    AssessmentReport report = assess(Samples.NORTHWIND_TELECOM);
    assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(report.countsBySeverity()).containsEntry(Severity.ERROR, 0);
  }

  @Test
  void weakPlanGetsFindingsInEveryCategoryAndScoresBelowTheReference() throws Exception {
    AssessmentReport weak = assess(Samples.WEAK_PLAN);
    for (Category category : Category.values()) {
      assertThat(weak.findings()).extracting(Finding::category).contains(category);
      assertThat(weak.countsByCategory().get(category)).isPositive();
    }
    assertThat(weak.countsBySeverity().get(Severity.ERROR)).isPositive();
    AssessmentReport reference = assess(Samples.NORTHWIND_TELECOM);
    assertThat(weak.maturity().current().score())
        .isLessThan(reference.maturity().current().score());
    assertThat(weak.maturity().target().level()).isLessThan(reference.maturity().target().level());
    assertThat(weak.documentQuality().score()).isLessThan(reference.documentQuality().score());
  }

  @Test
  void travelPlanIsReviewedWithoutErrors() throws Exception {
    AssessmentReport travel = assess(Samples.TRAVEL_COMPANY);
    assertThat(travel.countsBySeverity()).containsEntry(Severity.ERROR, 0);
    assertThat(travel.findings()).isNotEmpty();
  }
}
