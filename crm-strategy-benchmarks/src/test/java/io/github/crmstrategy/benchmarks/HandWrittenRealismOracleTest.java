package io.github.crmstrategy.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written floor is the oracle of the Drools realism rules: on every plan both produce
 * exactly the same REAL-* findings (rule id, path, severity, message) before consequences are
 * folded into their root causes, and so do the realism-only engines the benchmarks use.
 */
class HandWrittenRealismOracleTest {
  /** The default rules as they report before folding (folding is tested on its own). */
  private static final Internals.Engine REVIEWER = Internals.unfolded();

  private static final HandWrittenRealism FLOOR = new HandWrittenRealism();

  static List<RealismFinding> drools(List<Finding> findings) {
    return findings.stream()
        .filter(f -> f.ruleId().startsWith("REAL-"))
        .map(f -> new RealismFinding(f.ruleId(), f.path(), f.severity().name(), f.message()))
        .sorted(RealismFinding.ORDER)
        .toList();
  }

  static List<RealismFinding> floor(PlanDocument plan) {
    return FLOOR.assess(plan).stream().sorted(RealismFinding.ORDER).toList();
  }

  @Test
  void sameFindingsOnTheReferencePlan() {
    PlanDocument plan = Plans.reference();
    List<RealismFinding> expected = drools(REVIEWER.assess(plan).findings());
    assertThat(expected).isNotEmpty();
    assertThat(floor(plan)).containsExactlyElementsOf(expected);
  }

  @Test
  void sameFindingsOnScaledPlans() {
    for (int factor : new int[] {1, 3, 10}) {
      PlanDocument plan = PlanGenerators.scaled(factor);
      assertThat(floor(plan))
          .as("scaled(%d)", factor)
          .containsExactlyElementsOf(drools(REVIEWER.assess(plan).findings()));
    }
  }

  @Test
  void sameFindingsOnTheSamples() throws Exception {
    for (String sample : io.github.crmstrategy.samples.Samples.names()) {
      PlanDocument plan = io.github.crmstrategy.testing.SamplePlans.load(sample).plan();
      assertThat(floor(plan))
          .as(sample)
          .containsExactlyElementsOf(drools(REVIEWER.assess(plan).findings()));
    }
  }

  @Test
  void sameFindingsOnGeneratedPlans() {
    qt().withExamples(300)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan ->
                assertThat(floor(plan))
                    .containsExactlyElementsOf(drools(REVIEWER.assess(plan).findings())));
  }

  @Test
  void realismOnlyEnginesFindTheSameAsTheFullPack() {
    Internals.Engine filteredToRealism = Internals.unfolded().firingOnly(Category.REALISM);
    Internals.Engine realismOnly = Internals.onlyUnfolded(Category.REALISM);
    qt().withExamples(50)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              List<RealismFinding> expected = drools(REVIEWER.assess(plan).findings());
              List<Finding> filtered = filteredToRealism.assess(plan).findings();
              assertThat(filtered).allMatch(f -> f.category() == Category.REALISM);
              assertThat(drools(filtered)).containsExactlyElementsOf(expected);
              List<Finding> only = realismOnly.assess(plan).findings();
              assertThat(only).allMatch(f -> f.category() == Category.REALISM);
              assertThat(drools(only)).containsExactlyElementsOf(expected);
            });
    // The private KieBase did not take rules away from the shared one.
    assertThat(Reviewer.withDefaultRules().assess(Plans.reference()).findings())
        .anyMatch(f -> f.category() != Category.REALISM);
  }
}
