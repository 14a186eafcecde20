package io.github.crmstrategy.rules.internal.engine;

import static io.github.crmstrategy.rules.AnalystDrl.HEADER;
import static io.github.crmstrategy.rules.AnalystDrl.plans;
import static io.github.crmstrategy.rules.AnalystDrl.rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.profile.RuleProfile;
import io.github.crmstrategy.rules.profile.RuleSource;
import org.junit.jupiter.api.Test;

/** Pooled sessions of packs compiled at run time (moved from SessionPoolTest). */
class CompiledSessionPoolTest {
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
