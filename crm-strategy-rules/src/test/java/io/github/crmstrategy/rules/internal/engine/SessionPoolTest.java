package io.github.crmstrategy.rules.internal.engine;

import static io.github.crmstrategy.rules.AnalystDrl.plans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * Reused sessions give the reports new sessions give: the pool's clean-up, its probe for rules that
 * fire on rule data alone, and the sessions it drops.
 */
class SessionPoolTest {
  private static final ReviewEngine POOLED = ReviewEngine.defaults();
  private static final ReviewEngine FRESH =
      new ReviewEngine(POOLED.kieBase(), POOLED.pack(), false);

  @Test
  void theDefaultPackReusesItsSessions() {
    PlanDocument plan = PlanGenerators.scaled(1);
    int droppedBefore = POOLED.sessions().dropped();
    for (int i = 0; i < 5; i++) {
      POOLED.assess(plan);
    }
    assertThat(POOLED.sessions().reusesSessions()).isTrue();
    assertThat(POOLED.sessions().dropped()).isEqualTo(droppedBefore);
  }

  @Test
  void anySequenceOfPlansGetsTheReportsOfNewSessions() {
    qt().withExamples(25)
        .forAll(lists().of(PlanGenerators.validPlans()).ofSizeBetween(2, 5))
        .checkAssert(
            plans -> {
              for (PlanDocument plan : plans) {
                assertThat(POOLED.assess(plan)).isEqualTo(FRESH.assess(plan));
              }
            });
  }

  @Test
  void aPlanAfterALargerOneGetsTheSameReport() {
    PlanDocument small = PlanGenerators.scaled(1);
    AssessmentReport expected = FRESH.assess(small);
    POOLED.assess(PlanGenerators.scaled(20));
    assertThat(POOLED.assess(small)).isEqualTo(expected);
  }
}
