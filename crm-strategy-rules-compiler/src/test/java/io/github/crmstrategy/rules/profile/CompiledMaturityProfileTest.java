package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Analysts add measures to the maturity model with rules of their own (moved from
 * MaturityProfileTest).
 */
class CompiledMaturityProfileTest {
  private static PlanDocument nordvik() throws Exception {
    return SamplePlans.load(Samples.NORDVIK_LOGISTICS).plan();
  }

  private static int current(AssessmentReport r, BuildingBlock b) {
    return r.maturity().current().blocks().get(b).level();
  }

  @Test
  void aRuleOfOnesOwnAddsAMeasureThatACriterionScores(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("evidence.drl"),
        """
        package com.acme.rules;
        import io.github.crmstrategy.rules.facts.*;
        rule "Acme evidence: quarterly reviews"
          @id("ACME-EV-001")
          @title("Quarterly business reviews are counted as evidence")
          @category("MATURITY")
          @severity("INFO")
          @rationale("Acme counts quarterly business reviews as customer strategy in practice.")
          @remediation("None: this rule measures, it reports nothing.")
        when
          PlanFact()
          accumulate( CurrentAssetFact( list == "practices", name str[startsWith] "Quarterly business review" ); $n : count() )
        then
          insert( new Evidence( EvidenceScope.CURRENT, "", "acme.reviews", $n, "currentState", $n + " quarterly review practices" ) );
          insert( new Evidence( EvidenceScope.TARGET, "", "acme.reviews", $n, "currentState", $n + " quarterly review practices" ) );
        end
        """);
    Files.writeString(
        dir.resolve("criteria.yaml"),
        """
        criteria:
          - {id: ACME-STR-QBR, block: strategy, tier: 2, weight: 5, required: true, measure: acme.reviews, fullAt: 1, description: "Quarterly business reviews are held"}
        """);
    Files.writeString(
        dir.resolve("profile.yaml"),
        "drl: [evidence.drl]\nmaturityCriteria: {add: [criteria.yaml]}\n");
    Reviewer reviewer = Reviewer.fromProfile(dir.resolve("profile.yaml"));
    AssessmentReport nordvik = reviewer.assess(nordvik());
    assertThat(current(nordvik, BuildingBlock.STRATEGY)).isEqualTo(4);
    assertThat(nordvik.maturity().current().blocks().get(BuildingBlock.STRATEGY).evidence())
        .filteredOn(e -> e.criterion().equals("ACME-STR-QBR"))
        .singleElement()
        .satisfies(e -> assertThat(e.detail()).isEqualTo("1 quarterly review practices"));
    // Northwind holds no quarterly reviews: its strategy falls to level 1 under Acme's model.
    AssessmentReport northwind =
        reviewer.assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan());
    assertThat(current(northwind, BuildingBlock.STRATEGY)).isEqualTo(1);
  }
}
