package io.github.crmstrategy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import io.github.crmstrategy.text.Languages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The example analyst workspace does what its README section says. */
class CustomiseWithProfileTest {
  @Test
  void theWorkspaceProfileChangesTheReviewAsDescribed() throws Exception {
    Reviewer reviewer = Reviewer.fromProfileResource(CustomiseWithProfile.PROFILE);
    Map<String, RuleDescriptor> rules =
        reviewer.rules().stream()
            .collect(Collectors.toMap(RuleDescriptor::id, Function.identity()));
    assertThat(rules.get("ALIGN-014").enabled()).isFalse();
    assertThat(rules.get("REAL-003").severity()).isEqualTo(Severity.WARNING);
    assertThat(rules).containsKeys("ACME-001", "ACME-DT-001");
    assertThat(reviewer.parameters())
        .containsEntry("realism.indicatorsPerGoal.max", 4.0)
        .containsEntry("realism.benchmarkTolerance", 5.0);

    for (String sample : Samples.names()) {
      AssessmentReport report = CustomiseWithProfile.review(sample);
      AssessmentReport plain = Reviewer.withDefaultRules().assess(SamplePlans.load(sample).plan());
      assertThat(report.findingsOf("ALIGN-014")).isEmpty();
      assertThat(report.findingsOf("COMP-018")).isEmpty();
      // suppressed before folding: the missing sections a largely unwritten concept (COMP-033)
      // would take in are suppressed too
      assertThat(report.suppressedFindings())
          .allMatch(x -> x.finding().ruleId().equals("COMP-018"))
          .hasSizeGreaterThanOrEqualTo(plain.findingsOf("COMP-018").size());
      assertThat(report.findingsOf("REAL-003")).allMatch(f -> f.severity() == Severity.WARNING);
    }
    AssessmentReport travel = CustomiseWithProfile.review(Samples.TRAVEL_COMPANY);
    AssessmentReport all = CustomiseWithProfile.review(Samples.WEAK_PLAN);
    assertThat(
            java.util.stream.Stream.of(travel, all)
                .flatMap(r -> r.findings().stream())
                .map(Finding::ruleId))
        .contains("ACME-001");
    assertThat(CustomiseWithProfile.review(Samples.NORTHWIND_TELECOM).findingsOf("ACME-DT-001"))
        .extracting(Finding::path)
        .anyMatch(p -> p.toString().endsWith(".indicators[RCR]"));
  }

  @Test
  void theWorkspacesOwnRulesReadInRussianFromItsTexts() throws Exception {
    Reviewer reviewer = Reviewer.fromProfileResource(CustomiseWithProfile.PROFILE);
    ReviewedPlan plan =
        ReviewedPlan.assess(reviewer, "weak-plan.yaml", SamplePlans.load(Samples.WEAK_PLAN));
    JsonNode ru =
        new ObjectMapper()
            .readTree(
                ReportRenderer.of(ReportFormat.JSON)
                    .withRules(reviewer.rules())
                    .withLocale(Languages.RUSSIAN)
                    .render(plan));
    List<JsonNode> acme = new ArrayList<>();
    ru.path("findings")
        .forEach(
            f -> {
              if (f.path("ruleId").asText().equals("ACME-001")) {
                acme.add(f);
              }
            });
    assertThat(acme).isNotEmpty();
    for (JsonNode f : acme) {
      assertThat(f.path("message").asText())
          .startsWith("У показателя CRM ")
          .endsWith(" есть базовое значение, но нет истории");
      assertThat(f.path("remediation").asText()).startsWith("Добавьте прошлые значения показателя");
    }
    String sarif =
        ReportRenderer.of(ReportFormat.SARIF)
            .withRules(reviewer.rules())
            .withLocale(Languages.RUSSIAN)
            .render(plan);
    assertThat(sarif).contains("У показателя CRM нет истории");
  }
}
