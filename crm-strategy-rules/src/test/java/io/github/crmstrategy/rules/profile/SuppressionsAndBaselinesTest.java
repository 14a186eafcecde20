package io.github.crmstrategy.rules.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AnalystDrl;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.baseline.Baseline;
import io.github.crmstrategy.rules.baseline.BaselineComparison;
import io.github.crmstrategy.rules.baseline.BaselineEntry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuppressionsAndBaselinesTest {
  @TempDir Path dir;

  private static PlanDocument planWithFindings() {
    return AnalystDrl.plans(30).stream()
        .filter(p -> Reviewer.withDefaultRules().assess(p).findings().size() >= 3)
        .findFirst()
        .orElseThrow();
  }

  @Test
  void suppressedFindingsAreCountedNotDropped() throws Exception {
    PlanDocument plan = planWithFindings();
    AssessmentReport all = Reviewer.withDefaultRules().assess(plan);
    Finding target = all.findings().get(0);
    Reviewer reviewer =
        Reviewer.fromProfile(
            RuleProfile.builder()
                .addSuppression(
                    Suppression.builder()
                        .ruleId(target.ruleId())
                        .path("**")
                        .justification("Accepted by the steering committee")
                        .build())
                .build());
    AssessmentReport report = reviewer.assess(plan);
    List<Finding> expected =
        all.findings().stream().filter(f -> !f.ruleId().equals(target.ruleId())).toList();
    assertThat(report.findings()).isEqualTo(expected);
    assertThat(report.suppressedFindings()).isNotEmpty();
    assertThat(report.suppressedFindings())
        .allSatisfy(
            s -> {
              assertThat(s.finding().ruleId()).isEqualTo(target.ruleId());
              assertThat(s.justification()).isEqualTo("Accepted by the steering committee");
            });
    assertThat(report.findings().size() + report.suppressedFindings().size())
        .isEqualTo(all.findings().size());
  }

  @Test
  void pathPatternsMatchSegments() {
    Suppression s =
        Suppression.builder()
            .ruleId("R")
            .path("crmStrategy.goals[*].indicators[*]")
            .justification("j")
            .build();
    assertThat(s.matches("R", ElementPath.parse("crmStrategy.goals[CG1].indicators[NPS]")))
        .isTrue();
    assertThat(s.matches("R", ElementPath.parse("crmStrategy.goals[CG1]"))).isFalse();
    assertThat(s.matches("S", ElementPath.parse("crmStrategy.goals[CG1].indicators[NPS]")))
        .isFalse();
    assertThat(
            Suppression.builder()
                .ruleId("R")
                .path("roadmap.**")
                .justification("j")
                .build()
                .matches("R", ElementPath.parse("roadmap.phases[P1].milestones[M1]")))
        .isTrue();
  }

  @Test
  void aBaselineMarksFindingsNewOrExistingAndListsResolvedEntries() throws Exception {
    PlanDocument plan = planWithFindings();
    AssessmentReport report = Reviewer.withDefaultRules().assess(plan);
    Baseline full = Baseline.of(report);
    Path file = dir.resolve("baseline.json");
    full.write(file);
    Baseline read = Baseline.read(file);
    assertThat(read).isEqualTo(full);

    BaselineComparison same = read.compare(report);
    assertThat(same.newFindings()).isEmpty();
    assertThat(same.resolved()).isEmpty();
    assertThat(same.existingFindings()).isEqualTo(report.findings());

    // Drop one accepted finding and add one that no longer occurs.
    List<BaselineEntry> entries = new java.util.ArrayList<>(read.entries());
    BaselineEntry dropped = entries.remove(0);
    BaselineEntry gone =
        new BaselineEntry("REAL-001", ElementPath.parse("crmStrategy.goals[GONE]"), "old");
    entries.add(gone);
    BaselineComparison c = new Baseline(1, read.organization(), entries).compare(report);
    assertThat(c.newFindings())
        .extracting(f -> f.ruleId() + " " + f.path())
        .containsOnly(dropped.key());
    assertThat(c.resolved()).containsExactly(gone);
    assertThat(c.existingFindings().size() + c.newFindings().size())
        .isEqualTo(report.findings().size());
  }
}
