package io.github.crmstrategy.rules.internal.engine;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.plans;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSource;
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

  @Test
  void rulesThatFireOnRuleDataAloneStillReportOnEveryAssessment() throws Exception {
    // Matches a parameter only: in a reused session this match would fire once, for the first plan.
    String drl =
        HEADER
            + rule(
                "Policy reminder",
                "ACME-100",
                "Param( name == \"realism.indicatorsPerGoal.min\", $v : value )",
                "findings.report( kcontext, \"\", \"Check the policy\", \"min\", $v );");
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder().name("acme").addDrl(RuleSource.of("acme.drl", drl)).build());
    for (PlanDocument plan : plans(4)) {
      assertThat(reviewer.assess(plan).findingsOf("ACME-100")).hasSize(1);
    }
  }

  @Test
  void aRuleThatDeletesRuleDataDoesNotLeakIntoTheNextAssessment() throws Exception {
    String drl =
        HEADER
            + rule(
                "Consumes a parameter",
                "ACME-101",
                "PlanFact()\n  $p : Param( name == \"realism.indicatorsPerGoal.max\" )",
                "findings.report( kcontext, \"\", \"Consumed\" ); delete( $p );");
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder().name("acme").addDrl(RuleSource.of("acme.drl", drl)).build());
    for (PlanDocument plan : plans(4)) {
      assertThat(reviewer.assess(plan).findingsOf("ACME-101")).hasSize(1);
    }
  }
}
