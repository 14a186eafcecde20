package io.github.crmstrategy.examples;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.Perspective;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.StrategyArea;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.report.ReportFormat;
import io.github.crmstrategy.report.ReportRenderer;
import io.github.crmstrategy.report.ReviewedPlan;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Reviewer;
import java.time.LocalDate;

/**
 * Example: build a small plan in code with the model builders, assess it and print the text report.
 * Run: {@code mvn -pl crm-strategy-examples exec:java
 * -Dexec.mainClass=io.github.crmstrategy.examples.BuildPlanInCode}.
 */
public final class BuildPlanInCode {
  private BuildPlanInCode() {}

  /** The plan: a bakery chain whose CRM goal supports its corporate growth goal. */
  public static PlanDocument plan() {
    Indicator returning =
        Indicator.builder()
            .id("RET")
            .name("Returning customers")
            .kind("returningCustomerRatio")
            .unit("percent")
            .direction(Direction.INCREASE)
            .baseline(Baseline.builder().value(30).asOf(LocalDate.of(2025, 12, 31)).build())
            .target(Target.builder().value(36).due(LocalDate.of(2027, 12, 31)).build())
            .build();
    return PlanDocument.builder()
        .formatVersion(1)
        .organization(Organization.builder().name("Crumb & Co.").industry("retail").build())
        .horizon(
            Horizon.builder()
                .start(LocalDate.of(2026, 1, 1))
                .end(LocalDate.of(2027, 12, 31))
                .build())
        .corporatePlan(
            CorporatePlan.builder()
                .vision("The neighbourhood bakery people come back to every morning.")
                .addGoals(
                    StrategicGoal.builder()
                        .id("G1")
                        .statement("Grow revenue from regular customers.")
                        .perspective(Perspective.CUSTOMER)
                        .build())
                .addStrategies(
                    Strategy.builder()
                        .id("S-CRM")
                        .area(StrategyArea.CRM)
                        .statement("Know our regulars and reward them.")
                        .addGoals("G1")
                        .build())
                .build())
        .crmStrategy(
            CrmStrategy.builder()
                .strategy("S-CRM")
                .vision("Every regular is greeted by name and rewarded for coming back.")
                .addGoals(
                    CustomerGoal.builder()
                        .id("CG1")
                        .statement("Bring more customers back each week.")
                        .addSupports("G1")
                        .addIndicators(returning)
                        .build())
                .addTasks(
                    Task.builder()
                        .id("CT1")
                        .statement("Launch a loyalty card.")
                        .owner("Marketing lead")
                        .due(LocalDate.of(2026, 6, 30))
                        .build())
                .build())
        .build();
  }

  /** Assesses {@link #plan()} and prints the text report. */
  public static void main(String[] args) {
    Reviewer reviewer = Reviewer.withDefaultRules();
    PlanDocument plan = plan();
    AssessmentReport report = reviewer.assess(plan);
    String text =
        ReportRenderer.of(ReportFormat.TEXT)
            .withRules(reviewer.rules())
            .render(ReviewedPlan.of("built-in-code", plan, report));
    System.out.print(text);
  }
}
