package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.baseline.Baseline;
import io.github.crmstrategy.rules.baseline.BaselineComparison;
import io.github.crmstrategy.rules.baseline.BaselineEntry;
import io.github.crmstrategy.rules.profile.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One finding key for baselines, revisions and suppressions: rule id and element path. */
class FindingKeyTest {
  private static Finding finding(String ruleId, String path, String message, Severity severity) {
    return Finding.builder()
        .ruleId(ruleId)
        .ruleName("rule " + ruleId)
        .category(Category.REALISM)
        .severity(severity)
        .path(ElementPath.parse(path))
        .message(message)
        .rationale("r")
        .remediation("m")
        .evidence(Map.of("value", message))
        .build();
  }

  private static MaturityProfile profile() {
    return MaturityProfile.builder()
        .score(0)
        .level(1)
        .levelName("Initial")
        .majorityLevel(1)
        .weakestLevel(1)
        .explanation("")
        .blocks(Map.of())
        .build();
  }

  private static AssessmentReport report(Finding... findings) {
    return AssessmentReport.builder()
        .rulePack("default")
        .rulePackVersion("1")
        .organization("Acme")
        .maturity(
            MaturityResult.builder()
                .current(profile())
                .target(profile())
                .blocks(Map.of())
                .route(MaturityRoute.builder().yearsPerLevel(1.5).yearsAvailable(0).build())
                .build())
        .documentQuality(DocumentQuality.builder().score(0).aspects(Map.of()).build())
        .findings(List.of(findings))
        .countsBySeverity(Map.of())
        .countsByCategory(Map.of())
        .build();
  }

  @Test
  void theKeyIsRuleIdAndPathOnly() {
    Finding a = finding("REAL-003", "crmStrategy.goals[CG1]", "one wording", Severity.INFO);
    Finding b = finding("REAL-003", "crmStrategy.goals[CG1]", "another wording", Severity.ERROR);
    assertThat(FindingKey.of(a)).isEqualTo(FindingKey.of(b));
    assertThat(FindingKey.of(a))
        .isEqualTo(new FindingKey("REAL-003", ElementPath.parse("crmStrategy.goals[CG1]")));
    assertThat(FindingKey.of(a))
        .isNotEqualTo(new FindingKey("REAL-003", ElementPath.parse("crmStrategy.goals[CG2]")))
        .isNotEqualTo(new FindingKey("REAL-004", ElementPath.parse("crmStrategy.goals[CG1]")));
    assertThat(FindingKey.of(a)).hasToString("REAL-003 crmStrategy.goals[CG1]");
  }

  @Test
  void keysAreOrderedByRuleIdThenPath() {
    List<FindingKey> keys =
        new ArrayList<>(
            List.of(
                new FindingKey("REAL-010", ElementPath.parse("")),
                new FindingKey("REAL-01", ElementPath.parse("z")),
                new FindingKey("REAL-010", ElementPath.parse("a")),
                new FindingKey("ALIGN-001", ElementPath.parse("roadmap"))));
    keys.sort(null);
    assertThat(keys)
        .containsExactly(
            new FindingKey("ALIGN-001", ElementPath.parse("roadmap")),
            new FindingKey("REAL-01", ElementPath.parse("z")),
            new FindingKey("REAL-010", ElementPath.parse("")),
            new FindingKey("REAL-010", ElementPath.parse("a")));
  }

  @Test
  void baselinesMatchByTheKey() {
    Finding kept = finding("REAL-003", "crmStrategy.goals[CG1]", "now reworded", Severity.ERROR);
    Finding fresh = finding("REAL-003", "crmStrategy.goals[CG2]", "new", Severity.ERROR);
    Baseline baseline =
        new Baseline(
            1,
            "Acme",
            List.of(
                new BaselineEntry(
                    "REAL-003", ElementPath.parse("crmStrategy.goals[CG1]"), "old wording"),
                new BaselineEntry(
                    "REAL-004", ElementPath.parse("crmStrategy.goals[CG1]"), "gone")));
    BaselineComparison c = baseline.compare(report(kept, fresh));
    assertThat(c.existingFindings()).containsExactly(kept);
    assertThat(c.newFindings()).containsExactly(fresh);
    assertThat(c.resolved())
        .extracting(BaselineEntry::key)
        .containsExactly(new FindingKey("REAL-004", ElementPath.parse("crmStrategy.goals[CG1]")));
    assertThat(Baseline.of(report(fresh, kept)).entries())
        .extracting(BaselineEntry::key)
        .containsExactly(FindingKey.of(kept), FindingKey.of(fresh));
  }

  @Test
  void suppressionsMatchTheRuleIdAndThePathPattern() {
    Suppression goals =
        Suppression.builder()
            .ruleId("REAL-003")
            .path("crmStrategy.goals[*]")
            .justification("accepted")
            .build();
    assertThat(
            goals.matches(new FindingKey("REAL-003", ElementPath.parse("crmStrategy.goals[CG1]"))))
        .isTrue();
    assertThat(
            goals.matches(new FindingKey("REAL-004", ElementPath.parse("crmStrategy.goals[CG1]"))))
        .isFalse();
    assertThat(
            goals.matches(
                new FindingKey(
                    "REAL-003", ElementPath.parse("crmStrategy.goals[CG1].indicators[X]"))))
        .isFalse();
    Suppression exact =
        Suppression.builder()
            .ruleId("REAL-003")
            .path("crmStrategy.goals[CG1]")
            .justification("accepted")
            .build();
    // Without wildcards a suppression matches exactly the findings a baseline entry would.
    assertThat(
            exact.matches(new FindingKey("REAL-003", ElementPath.parse("crmStrategy.goals[CG1]"))))
        .isTrue();
    assertThat(
            exact.matches(new FindingKey("REAL-003", ElementPath.parse("crmStrategy.goals[CG10]"))))
        .isFalse();
  }
}
