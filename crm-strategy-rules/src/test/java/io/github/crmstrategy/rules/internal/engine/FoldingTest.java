package io.github.crmstrategy.rules.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.facts.FoldRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingTest {
  private static Finding finding(String rule, String path, String message) {
    return Finding.builder()
        .ruleId(rule)
        .ruleName(rule)
        .category(Category.REALISM)
        .severity(Severity.WARNING)
        .path(ElementPath.parse(path))
        .message(message)
        .rationale("r")
        .remediation("m")
        .build();
  }

  @Test
  void aRowOfOneRuleGroupsItsFindingsPerScope() {
    List<Finding> out =
        Folding.fold(
            List.of(
                finding("MAT-004", "currentState.selfAssessment.vision", "Block vision."),
                finding("MAT-004", "currentState.selfAssessment.metrics", "Block metrics."),
                finding("MAT-004", "crmStrategy.x", "Elsewhere."),
                finding("REAL-001", "crmStrategy.goals[CG1]", "Other rule.")),
            List.of(new FoldRule("MAT-004", "MAT-004", "section", "mention", "")));
    assertThat(out).hasSize(3);
    Finding grouped =
        out.stream()
            .filter(f -> f.path().toString().startsWith("currentState"))
            .findFirst()
            .orElseThrow();
    // the first in report order takes in the other, and both defects are still in the message
    assertThat(grouped.path()).hasToString("currentState.selfAssessment.metrics");
    assertThat(grouped.message()).isEqualTo("Block metrics. Also: Block vision.");
    assertThat(grouped.evidence())
        .containsEntry("folded", "MAT-004 currentState.selfAssessment.vision");
    assertThat(out).extracting(Finding::message).contains("Elsewhere.", "Other rule.");
  }

  @Test
  void aChainOfFoldsKeepsWhatTheMiddleOneHadTakenIn() {
    List<Finding> out =
        Folding.fold(
            List.of(
                finding("REAL-019", "i", "pace"),
                finding("REAL-012", "i", "against direction"),
                finding("REAL-031", "i", "against nature")),
            List.of(
                new FoldRule("REAL-019", "REAL-012", "samePath", "drop", ""),
                new FoldRule("REAL-012", "REAL-031", "samePath", "drop", "")));
    assertThat(out)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.ruleId()).isEqualTo("REAL-031");
              assertThat(f.evidence().get("folded")).contains("REAL-012 i").contains("REAL-019 i");
            });
  }
}
