package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * This module's tests run without crm-strategy-rules-compiler, as a host of the light core does:
 * the built-in rules and data-only profiles work, and a profile that needs the compiler is refused
 * where it names its rules, with the module to add.
 */
class NoCompilerTest {
  private static final String ADD =
      "add the dependency io.github.crmstrategy:crm-strategy-rules-compiler";

  @Test
  void theTestClassPathHasNoCompilerAsAHostOfTheLightCore() {
    assertThat(
            getClass()
                .getClassLoader()
                .getResource(
                    "META-INF/services/"
                        + "io.github.crmstrategy.rules.internal.pack.RuleCompiler"))
        .isNull();
  }

  @Test
  void aProfileWithDrlAndDecisionTablesIsRefusedAtEachKeyNamingTheModule(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("acme.drl"), "package com.acme;\n");
    Files.writeString(dir.resolve("growth.csv"), "x\n");
    Path profile =
        Files.writeString(
            dir.resolve("profile.yaml"),
            "name: acme\nrules:\n  ALIGN-014: off\ndrl: [acme.drl]\ndecisionTables: [growth.csv]\n");

    assertThatThrownBy(() -> Reviewer.fromProfile(profile))
        .isInstanceOfSatisfying(
            RuleProfileException.class,
            e -> {
              List<String> problems = e.problems().stream().map(Object::toString).toList();
              assertThat(problems).hasSize(2);
              assertThat(problems.get(0))
                  .startsWith(
                      profile
                          + ":4:1: 'drl' names DRL files ["
                          + dir.resolve("acme.drl")
                          + "]: they are compiled at run time by the optional module"
                          + " crm-strategy-rules-compiler, which is not on the class path")
                  .contains(ADD);
              assertThat(problems.get(1))
                  .startsWith(
                      profile
                          + ":5:1: 'decisionTables' names decision tables ["
                          + dir.resolve("growth.csv")
                          + "]")
                  .contains(ADD);
            });
  }

  @Test
  void aProfileInMemoryIsRefusedByNameAndKey() {
    RuleProfile profile =
        RuleProfile.builder()
            .name("acme")
            .addDrl(RuleSource.of("acme.drl", "package com.acme;\n"))
            .build();
    assertThatThrownBy(() -> Reviewer.fromProfile(profile))
        .isInstanceOf(RuleProfileException.class)
        .hasMessageContaining("acme")
        .hasMessageContaining("drl")
        .hasMessageContaining(ADD);
  }

  @Test
  void aDataOnlyProfileNeedsNoCompiler() throws Exception {
    var plan = SamplePlans.load(Samples.WEAK_PLAN).plan();
    AssessmentReport defaults = Reviewer.withDefaultRules().assess(plan);
    assertThat(defaults.findings()).isNotEmpty();
    String rule = defaults.findings().get(0).ruleId();
    RuleProfile profile =
        RuleProfile.builder().name("acme").putRule(rule, RuleSetting.disabled()).build();
    AssessmentReport report = Reviewer.fromProfile(profile).assess(plan);
    assertThat(report.findingsOf(rule)).isEmpty();
    assertThat(report.findings()).isNotEmpty();
  }
}
