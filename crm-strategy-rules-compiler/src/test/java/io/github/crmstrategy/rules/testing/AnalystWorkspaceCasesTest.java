package io.github.crmstrategy.rules.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.testing.SamplePlans;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The example analyst workspace's own cases pass with its profile (DRL, decision table, settings).
 */
class AnalystWorkspaceCasesTest {

  @Test
  void everyCaseOfTheWorkspacePasses() throws Exception {
    RuleCases cases = RuleCases.load(SamplePlans.WORKSPACE_FOLDER);
    List<CaseResult> results = cases.run();
    assertThat(results)
        .as(results.stream().map(CaseResult::report).collect(Collectors.joining("\n")))
        .isNotEmpty()
        .allMatch(CaseResult::passed);
    // the workspace tests each of its own rules, and a setting of its profile
    assertThat(cases.cases())
        .extracting(RuleCase::rule)
        .contains("ACME-001", "ACME-DT-001", "REAL-003", "ALIGN-014");
  }
}
