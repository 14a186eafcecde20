package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.internal.pack.PackBuilder;
import io.github.crmstrategy.rules.internal.pack.RuleCatalog;
import io.github.crmstrategy.rules.internal.profile.ProfileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Profiles read from YAML: settings, inheritance, data files, and every located error. */
class ProfileYamlTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
    return p;
  }

  private List<String> problems(Path profile) {
    try {
      Reviewer.fromProfile(profile);
    } catch (RuleProfileException e) {
      return e.problems().stream().map(Object::toString).toList();
    }
    throw new AssertionError("expected problems in " + profile);
  }

  @Test
  void settingsParametersAndInheritanceApply() throws Exception {
    write(
        "base.yaml",
        "extends: default\nrules:\n  ALIGN-014: off\nparameters:\n  realism.indicatorsPerGoal.min: 3\n");
    Path p =
        write(
            "team/profile.yaml",
            """
            # comment
            extends: ../base.yaml
            name: acme
            rules:
              REAL-003: {severity: WARNING}
              ALIGN-013: {enabled: false, severity: INFO}
            parameters:
              realism.indicatorsPerGoal.max: 4
            """);
    Reviewer reviewer = Reviewer.fromProfile(p);
    Map<String, RuleDescriptor> rules = new java.util.HashMap<>();
    reviewer.rules().forEach(r -> rules.put(r.id(), r));
    assertThat(rules.get("ALIGN-014").enabled()).isFalse();
    assertThat(rules.get("ALIGN-013").enabled()).isFalse();
    assertThat(rules.get("REAL-003").severity()).isEqualTo(Severity.WARNING);
    assertThat(reviewer.parameters())
        .containsEntry("realism.indicatorsPerGoal.min", 3.0)
        .containsEntry("realism.indicatorsPerGoal.max", 4.0);
  }

  @Test
  void everyProblemIsLocated() throws Exception {
    Path p =
        write(
            "profile.yaml",
            """
            extends: default
            rule:
              X: off
            rules:
              REAL-03: off
              REAL-004: {enabled: maybe}
              REAL-005: {colour: red}
              REAL-006: LOUD
            parameters:
              realism.indicatorsPerGoal.min: 2.5
              realism.indicatorPerGoal.max: 3
              realism.benchmarkTolerance: abc
              realism.clvArpu.tolerance: 150
            suppressions:
              - {rule: REAL-023, path: "crmStrategy.**"}
            drl: [missing.drl]
            """);
    assertThat(problems(p))
        .containsExactly(
            p
                + ":2:1: unknown key 'rule' (did you mean 'rules'?); a profile has extends, name, description, rules, parameters, benchmarks, growthLimits, conceptSections, maturityCriteria, maturitySignals, data, decisionTables, drl, suppressions, limits, texts",
            p + ":6:23: 'enabled' of rule REAL-004 is true or false, not 'maybe'",
            p
                + ":7:14: unknown key 'colour' in the setting of rule REAL-005; a rule setting has enabled, severity",
            p + ":8:13: unknown severity 'LOUD'; one of [ERROR, WARNING, INFO], or off/on",
            p + ":12:31: parameter 'realism.benchmarkTolerance' must be a number, not 'abc'",
            p + ":16:7: file missing.drl not found (" + dir.resolve("missing.drl") + ")",
            p + ":5:3: unknown rule id 'REAL-03' (did you mean 'REAL-003'?)",
            p
                + ":10:34: parameter 'realism.indicatorsPerGoal.min' is an integer: 2.5 is not a whole number",
            p
                + ":11:3: unknown parameter 'realism.indicatorPerGoal.max' (did you mean 'realism.indicatorsPerGoal.max'?)",
            p
                + ":13:30: parameter 'realism.clvArpu.tolerance' is a percentage: 150 is outside 0..100",
            p + ":15:5: the suppression of REAL-023 needs a justification");
  }

  @Test
  void deprecatedIdsResolveWithAWarning() throws Exception {
    Path p = write("profile.yaml", "rules:\n  REAL-OLD: off\n");
    ProfileReader.Read read = ProfileReader.readStrictly(ProfileReader.file(p));
    PackBuilder.Built built =
        PackBuilder.build(read.profile(), read, Map.of("REAL-OLD", "REAL-003"));
    assertThat(built.warnings().stream().map(Object::toString))
        .containsExactly(p + ":2:3: rule id REAL-OLD is deprecated: the rule is now REAL-003");
    assertThat(
            RuleCatalog.describe(built.kieBase(), built.pack()).stream()
                .filter(r -> r.id().equals("REAL-003"))
                .findFirst()
                .orElseThrow()
                .enabled())
        .isFalse();
  }

  @Test
  void limitsAreReadKeyByKeyOverTheParentAndEachProblemIsLocated() throws Exception {
    write("base.yaml", "limits:\n  maxFirings: 5000\n  maxInsertedFacts: 10\n");
    Path p = write("child.yaml", "extends: base.yaml\nlimits:\n  timeBudgetSeconds: 2.5\n");
    assertThat(Reviewer.fromProfile(p).limits())
        .isEqualTo(
            new io.github.crmstrategy.rules.AssessmentLimits(
                5000, java.time.Duration.ofMillis(2500), 10));
    assertThat(Reviewer.withDefaultRules().limits())
        .isEqualTo(io.github.crmstrategy.rules.AssessmentLimits.defaults());

    Path bad =
        write(
            "bad.yaml",
            """
            limits:
              maxFiring: 10
              maxFirings: 0
              timeBudgetSeconds: forever
              maxInsertedFacts: 2.5
            """);
    assertThat(problems(bad))
        .containsExactly(
            bad
                + ":2:3: unknown key 'maxFiring' in 'limits' (did you mean 'maxFirings'?); limits"
                + " are maxFirings, timeBudgetSeconds, maxInsertedFacts",
            bad + ":3:15: limit 'maxFirings' is a whole number of at least 1, not 0",
            bad + ":4:22: limit 'timeBudgetSeconds' must be a number, not 'forever'",
            bad + ":5:21: limit 'maxInsertedFacts' is a whole number of at least 0, not 2.5");
  }
}
