package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Symmetry and bookkeeping of {@link Comparison} over pairs of generated plans. */
class ComparisonPropertiesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static ReviewedPlan reviewed(String name, PlanDocument plan) {
    return ReviewedPlan.of(name, plan, REVIEWER.assess(plan));
  }

  private static List<String> keys(List<Finding> findings) {
    return findings.stream().map(f -> f.ruleId() + " " + f.path() + " " + f.message()).toList();
  }

  @Test
  void resolvedFromAToBIsNewFromBToA() {
    qt().withExamples(25)
        .forAll(PlanGenerators.validPlans(), PlanGenerators.validPlans())
        .checkAssert(
            (a, b) -> {
              Comparison ab = Comparison.of(reviewed("a", a), reviewed("b", b));
              Comparison ba = Comparison.of(reviewed("b", b), reviewed("a", a));
              assertThat(keys(ab.resolved())).isEqualTo(keys(ba.introduced()));
              assertThat(keys(ab.introduced())).isEqualTo(keys(ba.resolved()));
              assertThat(ab.unchanged()).hasSameSizeAs(ba.unchanged());
              assertThat(ab.movedTargets()).hasSameSizeAs(ba.movedTargets());
              for (int i = 0; i < ab.blocks().size(); i++) {
                assertThat(ab.blocks().get(i).scoreDelta())
                    .isEqualTo(-ba.blocks().get(i).scoreDelta());
              }
            });
  }

  @Test
  void everyFindingIsAccountedForOnce() {
    qt().withExamples(25)
        .forAll(PlanGenerators.validPlans(), PlanGenerators.validPlans())
        .checkAssert(
            (a, b) -> {
              Comparison c = Comparison.of(reviewed("a", a), reviewed("b", b));
              assertThat(c.resolved().size() + c.unchanged().size())
                  .isEqualTo(c.older().report().findings().size());
              assertThat(c.introduced().size() + c.unchanged().size())
                  .isEqualTo(c.newer().report().findings().size());
            });
  }

  @Test
  void aPlanComparedWithItselfHasNoChanges() {
    qt().withExamples(20)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              Comparison c = Comparison.of(reviewed("a", plan), reviewed("a", plan));
              assertThat(c.resolved()).isEmpty();
              assertThat(c.introduced()).isEmpty();
              assertThat(c.movedTargets()).isEmpty();
              assertThat(c.unchanged()).hasSameSizeAs(c.newer().report().findings());
              c.blocks().forEach(m -> assertThat(m.scoreDelta()).isZero());
            });
  }
}
