package io.github.crmstrategy.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.rules.Reviewer;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Renderers on plans built in code (no source locations), and the unsupported combinations. */
class ReportRendererTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  @Test
  void everyFormatRendersGeneratedPlansWithoutLocations() {
    qt().withExamples(15)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              ReviewedPlan reviewed = ReviewedPlan.of("generated", plan, REVIEWER.assess(plan));
              for (ReportFormat format : ReportFormat.values()) {
                String out = ReportRenderer.of(format).withRules(REVIEWER.rules()).render(reviewed);
                assertThat(out).as(format.name()).isNotBlank().endsWith("\n");
              }
              assertThat(ReportRenderer.of(ReportFormat.JSON).render(reviewed))
                  .contains("\"formatVersion\" : " + ReportRenderer.JSON_FORMAT_VERSION)
                  .doesNotContain("\"location\"");
              assertThat(ReportRenderer.of(ReportFormat.SARIF).render(reviewed))
                  .doesNotContain("\"region\"");
            });
  }

  @Test
  void textIsColouredOnlyOnRequest() {
    qt().withExamples(3)
        .forAll(PlanGenerators.completePlans())
        .checkAssert(
            plan -> {
              ReviewedPlan reviewed = ReviewedPlan.of("p", plan, REVIEWER.assess(plan));
              assertThat(ReportRenderer.of(ReportFormat.TEXT).render(reviewed))
                  .doesNotContain("\u001b[");
              assertThat(ReportRenderer.of(ReportFormat.TEXT).withColor(true).render(reviewed))
                  .contains("\u001b[");
            });
  }

  @Test
  void unsupportedCombinationsSaySo() {
    qt().withExamples(1)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              ReviewedPlan a = ReviewedPlan.of("a", plan, REVIEWER.assess(plan));
              assertThatThrownBy(() -> ReportRenderer.of(ReportFormat.HTML).render(List.of(a, a)))
                  .isInstanceOf(UnsupportedOperationException.class);
              assertThatThrownBy(
                      () -> ReportRenderer.of(ReportFormat.SARIF).render(Comparison.of(a, a)))
                  .isInstanceOf(UnsupportedOperationException.class);
            });
  }
}
