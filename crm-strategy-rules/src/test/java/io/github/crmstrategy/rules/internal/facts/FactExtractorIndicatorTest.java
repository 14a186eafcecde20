package io.github.crmstrategy.rules.internal.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.ImmutableIndicator;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.Scope;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FactExtractorIndicatorTest {
  private static final LocalDate BASE = LocalDate.parse("2025-12-31");
  private static final LocalDate DUE = LocalDate.parse("2028-12-31");

  private static IndicatorFact fact(Indicator ind) {
    ElementPath goal = ElementPath.root().field("crmStrategy").element("goals", "CG1", 0);
    return IndicatorFacts.of(ind, "CG1", goal, goal.element("indicators", ind.id(), 0), Scope.CRM);
  }

  private static ImmutableIndicator.Builder base(String unit, String kind, double from, double to) {
    return Indicator.builder()
        .id("I")
        .kind(kind)
        .unit(unit)
        .direction(Direction.INCREASE)
        .baseline(Baseline.builder().value(from).asOf(BASE).build())
        .target(Target.builder().value(to).due(DUE).build());
  }

  @Test
  void compoundAndPointChanges() {
    assertThat(IndicatorFacts.yearlyChange(100, 121, 2, false)).isCloseTo(10, within(1e-9));
    assertThat(IndicatorFacts.yearlyChange(70, 76, 3, true)).isCloseTo(2, within(1e-9));
    assertThat(IndicatorFacts.yearlyChange(80, 74, 3, true)).isCloseTo(-2, within(1e-9));
    assertThat(IndicatorFacts.yearlyChange(100, 81, 2, false)).isCloseTo(-10, within(1e-9));
    assertThat(IndicatorFacts.yearlyChange(0, 10, 2, false)).isNull();
  }

  @Test
  void aRateBeyondWhatANumberHoldsIsNoRate() {
    // Values at the edges of what a plan may hold: no rule may say "needs Infinity% a year".
    assertThat(IndicatorFacts.yearlyChange(1e-300, 1e18, 0.25, false)).isNull();
    assertThat(IndicatorFacts.yearlyChange(-Double.MAX_VALUE, Double.MAX_VALUE, 1, true)).isNull();
    IndicatorFact f = fact(base("USD", "revenue", 1e-300, 1e18).build());
    assertThat(f.hasRequiredChange()).isFalse();
  }

  @Test
  void moneyIndicatorUsesCompoundGrowth() {
    IndicatorFact f =
        fact(
            base("USD", "customerLifetimeValue", 880, 1000)
                .addHistory(obs("2023-12-31", 800), obs("2024-12-31", 840))
                .build());
    assertThat(f.percent()).isFalse();
    assertThat(f.changeInPoints()).isFalse();
    assertThat(f.yearsToTarget()).isCloseTo(3, within(0.01));
    assertThat(f.hasRequiredChange()).isTrue();
    // (1000 / 880) ^ (1/3) - 1
    assertThat(f.requiredYearlyChange()).isCloseTo(4.35, within(0.01));
    assertThat(f.hasTrend()).isTrue();
    // (880 / 800) ^ (1/2) - 1, from the earliest history value to the baseline
    assertThat(f.historicalYearlyChange()).isCloseTo(4.88, within(0.01));
    assertThat(f.historyMin()).isEqualTo(800);
    assertThat(f.historyMax()).isEqualTo(840);
  }

  @Test
  void percentageIndicatorUsesPoints() {
    IndicatorFact f =
        fact(
            base("percent", "returningCustomerRatio", 17, 20)
                .addHistory(obs("2023-12-31", 15), obs("2024-12-31", 16))
                .build());
    assertThat(f.percent()).isTrue();
    assertThat(f.changeInPoints()).isTrue();
    assertThat(f.requiredYearlyChange()).isCloseTo(1, within(0.01));
    assertThat(f.historicalYearlyChange()).isCloseTo(1, within(0.01));
  }

  @Test
  void percentageKindWithoutUnitAndScores() {
    IndicatorFact churn = fact(base("", "churnRate", 20, 14).build());
    assertThat(churn.percent()).isTrue();
    assertThat(churn.requiredYearlyChange()).isCloseTo(-2, within(0.01));
    IndicatorFact nps = fact(base("", "netPromoterScore", -10, 20).build());
    assertThat(nps.percent()).isFalse();
    assertThat(nps.changeInPoints()).isTrue();
    assertThat(nps.requiredYearlyChange()).isCloseTo(10, within(0.01));
  }

  @Test
  void noRequiredChangeOrTrendWithoutDatesOrHistory() {
    IndicatorFact undated =
        fact(
            base("USD", "revenue", 100, 120)
                .baseline(Baseline.builder().value(100).build())
                .build());
    assertThat(undated.hasRequiredChange()).isFalse();
    assertThat(undated.hasTrend()).isFalse();
    IndicatorFact noHistory = fact(base("USD", "revenue", 100, 120).build());
    assertThat(noHistory.hasTrend()).isFalse();
    assertThat(noHistory.historyMin()).isZero();
    IndicatorFact zero = fact(base("USD", "revenue", 0, 120).build());
    assertThat(zero.hasRequiredChange()).isFalse();
  }

  private static Observation obs(String date, double value) {
    return Observation.builder().asOf(LocalDate.parse(date)).value(value).build();
  }
}
