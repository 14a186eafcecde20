package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.rules.AnalystDrl;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import org.junit.jupiter.api.Test;

/**
 * Properties of packs compiled at run time over generated plans (moved from ProfilePropertiesTest).
 */
class CompiledProfilePropertiesTest {
  private static final Reviewer DEFAULT = Reviewer.withDefaultRules();

  @Test
  void aRuntimeCompiledPackWithoutOwnFindingsMatchesTheDefaultPack() throws Exception {
    // A custom rule that never fires forces the whole pack through runtime compilation.
    String drl =
        AnalystDrl.HEADER
            + AnalystDrl.rule("Never", "ACME-900", "PlanFact( organization == \"\\u0000\" )", "");
    Reviewer runtime =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .name("crm-strategy-default")
                .addDrl(RuleSource.of("never.drl", drl))
                .build());
    qt().withExamples(40)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(plan -> assertThat(runtime.assess(plan)).isEqualTo(DEFAULT.assess(plan)));
  }
}
