package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableSwot;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysts tune the maturity model as data: criteria over existing measures, signals, measures. */
class MaturityProfileTest {
  private static PlanDocument nordvik() throws Exception {
    return SamplePlans.load(Samples.NORDVIK_LOGISTICS).plan();
  }

  private static int current(AssessmentReport r, BuildingBlock b) {
    return r.maturity().current().blocks().get(b).level();
  }

  @Test
  void aCriterionWithABuiltInIdReplacesItAndNewOnesAddToTheModel() throws Exception {
    PlanDocument plan = nordvik();
    AssessmentReport before = Reviewer.withDefaultRules().assess(plan);
    assertThat(current(before, BuildingBlock.METRICS)).isEqualTo(4);
    // Stricter benchmarking for level 4 (six of seven indicators are benchmarked), and a new
    // criterion over an existing measure.
    Reviewer strict =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .name("strict")
                .addMaturityCriteria(
                    MaturityCriterion.of(
                        "MET-BENCHMARKED",
                        "metrics",
                        4,
                        3,
                        "Nearly every indicator is benchmarked",
                        "indicators.benchmarked",
                        0.95,
                        null,
                        true),
                    MaturityCriterion.of(
                        "ACME-VIS-COUNCIL",
                        "vision",
                        3,
                        2,
                        "Three or more CRM roles are held today",
                        "roles.held",
                        3,
                        null,
                        true))
                .build());
    AssessmentReport after = strict.assess(plan);
    assertThat(current(after, BuildingBlock.METRICS)).isEqualTo(3);
    assertThat(after.maturity().current().blocks().get(BuildingBlock.VISION).evidence())
        .anySatisfy(e -> assertThat(e.criterion()).isEqualTo("ACME-VIS-COUNCIL"));
    assertThat(strict.rules()).hasSameSizeAs(Reviewer.withDefaultRules().rules());
  }

  @Test
  void aSignalInAnotherLanguageCapsABlock() throws Exception {
    PlanDocument plan = nordvik();
    var corp = plan.corporatePlan().orElseThrow();
    PlanDocument german =
        ImmutablePlanDocument.copyOf(plan)
            .withCorporatePlan(
                ImmutableCorporatePlan.copyOf(corp)
                    .withSwot(
                        ImmutableSwot.copyOf(corp.swot().orElseThrow())
                            .withWeaknesses(
                                Statement.builder()
                                    .id("W-DE")
                                    .statement("Kundendaten sind über drei Systeme verteilt.")
                                    .build())));
    assertThat(current(Reviewer.withDefaultRules().assess(german), BuildingBlock.INFORMATION))
        .isEqualTo(4);
    MaturitySignal signal =
        new MaturitySignal(
            "siloedCustomerData",
            List.of("weaknesses", "assets"),
            List.of("customer & split", "kundendaten & verteilt"),
            List.of("customerData"),
            List.of("singleCustomerView"),
            List.of());
    Reviewer reviewer =
        Reviewer.fromProfile(RuleProfile.builder().addMaturitySignals(signal).build());
    AssessmentReport r = reviewer.assess(german);
    assertThat(current(r, BuildingBlock.INFORMATION)).isEqualTo(2);
    assertThat(r.maturity().current().blocks().get(BuildingBlock.INFORMATION).heldBy())
        .anySatisfy(h -> assertThat(h.text()).contains("Kundendaten sind über drei Systeme"));
  }

  @Test
  void aCriterionOfAnUnknownBlockIsRejectedWithADidYouMean() {
    assertThatThrownBy(
            () ->
                Reviewer.fromProfile(
                    RuleProfile.builder()
                        .name("typo")
                        .addMaturityCriteria(
                            MaturityCriterion.of(
                                "X-1", "visoin", 7, 1, "x", "roles.held", 1, null, false))
                        .build()))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining("unknown block 'visoin' (did you mean 'vision'?)")
        .hasMessageContaining("tier 7 is outside 2..5");
  }
}
