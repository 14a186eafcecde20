package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Properties of profiles over generated plans. */
class ProfilePropertiesTest {
  private static final Reviewer DEFAULT = Reviewer.withDefaultRules();

  @Test
  void aProfileThatRestatesTheDefaultsChangesNothing() throws Exception {
    var b = RuleProfile.builder().name("crm-strategy-default");
    for (RuleDescriptor r : DEFAULT.rules()) {
      b.putRule(r.id(), RuleSetting.builder().enabled(true).severity(r.severity()).build());
    }
    b.putAllParameters(DEFAULT.parameters());
    Reviewer restated = Reviewer.fromProfile(b.build());
    assertThat(restated.rules()).isEqualTo(DEFAULT.rules());
    qt().withExamples(40)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(plan -> assertThat(restated.assess(plan)).isEqualTo(DEFAULT.assess(plan)));
  }

  @Test
  void disablingARuleRemovesExactlyItsFindings() throws Exception {
    // Without folding (folding.yaml replaced by nothing), so that no root cause takes others along.
    Reviewer unfolded = reviewer(unfolded().build());
    List<String> ids = DEFAULT.rules().stream().map(RuleDescriptor::id).toList();
    Map<String, Reviewer> cache = new java.util.concurrent.ConcurrentHashMap<>();
    qt().withExamples(40)
        .forAll(PlanGenerators.validPlans(), integers().between(0, ids.size() - 1))
        .checkAssert(
            (plan, index) -> {
              String id = ids.get(index);
              Reviewer off =
                  cache.computeIfAbsent(
                      id, x -> reviewer(unfolded().putRule(x, RuleSetting.disabled()).build()));
              AssessmentReport all = unfolded.assess(plan);
              List<Finding> expected = new ArrayList<>(all.findings());
              expected.removeIf(f -> f.ruleId().equals(id));
              AssessmentReport report = off.assess(plan);
              assertThat(report.findings()).isEqualTo(expected);
              assertThat(report.maturity()).isEqualTo(all.maturity());
            });
  }

  /**
   * Folding one root cause's consequences into it loses no defect: every finding of the review
   * without folding is in the folded report, or named (rule id and path) in the evidence of the
   * finding it was folded into; and the folded report has no finding the unfolded one lacks.
   */
  @Test
  void foldingLosesNoDefect() {
    Reviewer unfolded = reviewer(unfolded().build());
    qt().withExamples(60)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              List<Finding> folded = DEFAULT.assess(plan).findings();
              List<Finding> all = unfolded.assess(plan).findings();
              java.util.Set<String> shown = new java.util.HashSet<>();
              String foldedAway = "";
              for (Finding f : folded) {
                shown.add(f.ruleId() + " " + f.path());
                foldedAway += "; " + f.evidence().getOrDefault("folded", "");
              }
              for (Finding f : all) {
                String key = f.ruleId() + " " + f.path();
                assertThat(shown.contains(key) || foldedAway.contains(key))
                    .as("%s: %s", key, f.message())
                    .isTrue();
              }
              java.util.Set<String> unfoldedKeys = new java.util.HashSet<>();
              all.forEach(f -> unfoldedKeys.add(f.ruleId() + " " + f.path()));
              assertThat(unfoldedKeys).containsAll(shown);
            });
  }

  /** A profile without folding. */
  private static ImmutableRuleProfile.Builder unfolded() {
    return RuleProfile.builder()
        .name("unfolded")
        .addDataTables(new DataTable("folding", true, List.of()));
  }

  private static Reviewer reviewer(RuleProfile profile) {
    try {
      return Reviewer.fromProfile(profile);
    } catch (RuleProfileException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void raisingAThresholdNeverAddsFindingsOfItsRules() throws Exception {
    // Parameters where a larger value is more lenient, with the rules that read them.
    Map<String, List<String>> lenient =
        Map.of(
            "realism.indicatorsPerGoal.max", List.of("REAL-004"),
            "realism.trendMultiplier.max", List.of("REAL-017"),
            "realism.benchmarkTolerance", List.of("REAL-021", "REAL-022", "REAL-023"),
            "realism.retentionChurnSum.tolerance", List.of("REAL-025"),
            "realism.clvArpu.tolerance", List.of("REAL-026"),
            "maturity.imbalance.maxLevelSpread", List.of("MAT-001"),
            "maturity.peerGap.minLevels", List.of("MAT-003"));
    List<String> names = List.copyOf(lenient.keySet());
    qt().withExamples(40)
        .forAll(
            PlanGenerators.validPlans(),
            integers().between(0, names.size() - 1),
            integers().between(1, 5))
        .checkAssert(
            (plan, index, raise) -> {
              String name = names.get(index);
              Reviewer raised;
              try {
                raised =
                    Reviewer.fromProfile(
                        RuleProfile.builder()
                            .putParameter(name, DEFAULT.parameters().get(name) + raise)
                            .build());
              } catch (RuleProfileException e) {
                throw new AssertionError(e);
              }
              AssessmentReport before = DEFAULT.assess(plan);
              AssessmentReport after = raised.assess(plan);
              for (String id : lenient.get(name)) {
                // Messages and evidence quote the threshold: compare what was found where.
                assertThat(before.findingsOf(id).stream().map(Finding::path).toList())
                    .as("%s raised by %d: paths of %s", name, raise, id)
                    .containsAll(after.findingsOf(id).stream().map(Finding::path).toList());
              }
            });
  }
}
