package io.github.crmstrategy.rules;

import static io.github.crmstrategy.rules.RealismFixtures.addIndicator;
import static io.github.crmstrategy.rules.RealismFixtures.date;
import static io.github.crmstrategy.rules.RealismFixtures.history;
import static io.github.crmstrategy.rules.RealismFixtures.indicator;
import static io.github.crmstrategy.rules.RealismFixtures.target;
import static io.github.crmstrategy.rules.RealismFixtures.withCorporateGoal;
import static io.github.crmstrategy.rules.RealismFixtures.withCrmGoal;
import static io.github.crmstrategy.rules.RealismFixtures.withIndicator;
import static io.github.crmstrategy.rules.RealismFixtures.withIndustry;
import static io.github.crmstrategy.testing.ReferencePlan.northwindTelecom;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.PlanDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RealismRulesTest {
  static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  static final PlanDocument NORTHWIND = northwindTelecom();

  /** The default rules without folding (folding.yaml replaced by nothing). */
  static final Reviewer UNFOLDED;

  static {
    try {
      UNFOLDED =
          Reviewer.fromProfile(
              io.github.crmstrategy.rules.profile.RuleProfile.builder()
                  .addDataTables(
                      new io.github.crmstrategy.rules.profile.DataTable("folding", true, List.of()))
                  .build());
    } catch (io.github.crmstrategy.rules.profile.RuleProfileException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private static final String CLV = "crmStrategy.goals[CG1].indicators[CLV]";
  private static final String RCR = "crmStrategy.goals[CG2].indicators[RCR]";
  private static final String RET = "corporatePlan.goals[G2].indicators[G2-RET]";
  private static final String COST = "corporatePlan.goals[G3].indicators[G3-COST]";

  private static List<Finding> findings(PlanDocument plan, String ruleId) {
    return REVIEWER.assess(plan).findingsOf(ruleId);
  }

  private static Finding only(PlanDocument plan, String ruleId, String path) {
    List<Finding> found = findings(plan, ruleId);
    assertThat(found).extracting(f -> f.path().toString()).containsExactly(path);
    return found.get(0);
  }

  private static void silent(PlanDocument plan, String ruleId) {
    assertThat(findings(plan, ruleId)).isEmpty();
  }

  // ---- the reference plan ----

  @Test
  void referencePlanHasNoRealismErrorsOrWarnings() {
    AssessmentReport report = REVIEWER.assess(NORTHWIND);
    assertThat(report.findings())
        .filteredOn(f -> f.category() == Category.REALISM)
        .allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
    assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    // the only realism advice: the two CRM goals are measured only by outcomes that move late
    assertThat(report.findings())
        .filteredOn(f -> f.category() == Category.REALISM)
        .extracting(Finding::ruleId)
        .containsOnly("REAL-003")
        .hasSize(2);
  }

  @Test
  void everyRealismRuleHasMetadata() {
    List<RuleDescriptor> rules =
        REVIEWER.rules().stream().filter(r -> r.category() == Category.REALISM).toList();
    assertThat(rules).extracting(RuleDescriptor::id).doesNotHaveDuplicates();
    assertThat(rules)
        .extracting(RuleDescriptor::id)
        .containsAll(
            IntStream.rangeClosed(1, 36).mapToObj(i -> String.format("REAL-%03d", i)).toList());
    assertThat(rules)
        .allSatisfy(
            r -> {
              assertThat(r.title()).isNotBlank();
              assertThat(r.rationale()).isNotBlank();
              assertThat(r.remediation()).isNotBlank();
            });
  }

  // ---- goals ----

  @Test
  void crmGoalWithoutIndicators() {
    PlanDocument plan = withCrmGoal(NORTHWIND, "CG2", g -> g.withIndicators(List.of()));
    Finding f = only(plan, "REAL-001", "crmStrategy.goals[CG2]");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("CG2");
    silent(NORTHWIND, "REAL-001");
    // a corporate goal without indicators is not a CRM goal
    silent(withCorporateGoal(NORTHWIND, "G3", g -> g.withIndicators(List.of())), "REAL-001");
  }

  @Test
  void corporateGoalWithoutIndicators() {
    PlanDocument plan = withCorporateGoal(NORTHWIND, "G3", g -> g.withIndicators(List.of()));
    Finding f = only(plan, "REAL-002", "corporatePlan.goals[G3]");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("G3");
    silent(NORTHWIND, "REAL-002");
    // no double report: a goal without indicators is not also "too few"
    assertThat(findings(plan, "REAL-003"))
        .extracting(x -> x.path().toString())
        .doesNotContain("corporatePlan.goals[G3]");
  }

  @Test
  void crmGoalMeasuredOnlyByALaggingOutcome() {
    Finding f =
        findings(NORTHWIND, "REAL-003").stream()
            .filter(x -> x.path().toString().equals("crmStrategy.goals[CG1]"))
            .findFirst()
            .orElseThrow();
    assertThat(f.message()).contains("measured only by customerLifetimeValue");
    PlanDocument leading =
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("CG1-NPS", "netPromoterScore", "points", Direction.INCREASE, 30, 36));
    assertThat(findings(leading, "REAL-003"))
        .extracting(x -> x.path().toString())
        .doesNotContain("crmStrategy.goals[CG1]");
    // a corporate goal with one outcome indicator is not reported
    assertThat(findings(NORTHWIND, "REAL-003"))
        .extracting(x -> x.path().toString())
        .noneMatch(p -> p.startsWith("corporatePlan"));
  }

  @Test
  void tooManyIndicators() {
    PlanDocument six = withExtraIndicators(5);
    Finding f = only(six, "REAL-004", "corporatePlan.goals[G1]");
    assertThat(f.message()).contains("6 indicators").contains("at most 5");
    silent(withExtraIndicators(4), "REAL-004");
  }

  private static PlanDocument withExtraIndicators(int n) {
    PlanDocument plan = NORTHWIND;
    for (int i = 0; i < n; i++) {
      plan =
          addIndicator(
              plan, "G1", indicator("X" + i, "revenue", "USD", Direction.INCREASE, 100, 110));
    }
    return plan;
  }

  // ---- missing parts of an indicator ----

  @Test
  void indicatorWithoutBaseline() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withBaseline(Optional.empty()));
    assertThat(only(plan, "REAL-005", CLV).message())
        .contains("Indicator CLV \"Customer lifetime value")
        .contains("has no baseline");
    silent(NORTHWIND, "REAL-005");
  }

  @Test
  void indicatorWithoutUnit() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withUnit(Optional.empty()));
    assertThat(only(plan, "REAL-006", CLV).message())
        .contains("Indicator CLV")
        .contains("has no unit");
    silent(NORTHWIND, "REAL-006");
  }

  @Test
  void indicatorWithoutTarget() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withTarget(Optional.empty()));
    assertThat(only(plan, "REAL-007", CLV).message())
        .contains("Indicator CLV")
        .contains("has no target");
    silent(NORTHWIND, "REAL-007");
    // no target: no due-date finding either
    silent(plan, "REAL-008");
  }

  @Test
  void targetWithoutDueDate() {
    PlanDocument plan =
        withIndicator(
            NORTHWIND,
            "CLV",
            i -> i.withTarget(io.github.crmstrategy.model.Target.builder().value(1000).build()));
    assertThat(only(plan, "REAL-008", CLV).message())
        .contains("Target 1000")
        .contains("no due date");
    silent(NORTHWIND, "REAL-008");
  }

  @Test
  void indicatorWithoutDirection() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withDirection(Optional.empty()));
    assertThat(only(plan, "REAL-009", CLV).message())
        .contains("Indicator CLV")
        .contains("has no direction");
    silent(NORTHWIND, "REAL-009");
  }

  // ---- target against baseline ----

  @Test
  void targetEqualsBaseline() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(880)));
    assertThat(only(plan, "REAL-010", CLV).message()).contains("target 880 equal to its baseline");
    silent(withIndicator(plan, "CLV", i -> i.withDirection(Direction.MAINTAIN)), "REAL-010");
    silent(NORTHWIND, "REAL-010");
  }

  @Test
  void targetAlreadyReachedInHistory() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withHistory(history(800, 1010)));
    Finding f = only(plan, "REAL-011", CLV);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message())
        .contains("targets 1000")
        .contains("baseline 880")
        .contains("reached 1010");
    silent(withIndicator(NORTHWIND, "CLV", i -> i.withHistory(history(800, 990))), "REAL-011");
    // decreasing indicator: history already as low as the target
    PlanDocument cost = withIndicator(NORTHWIND, "G3-COST", i -> i.withHistory(history(0.5, 0.34)));
    assertThat(only(cost, "REAL-011", COST).message()).contains("reached 0.34");
  }

  @Test
  void targetAgainstDirection() {
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(850)));
    Finding f = only(plan, "REAL-012", CLV);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .contains("should increase")
        .contains("target 850 is below")
        .contains("baseline 880");
    PlanDocument cost =
        withIndicator(NORTHWIND, "G3-COST", i -> i.withTarget(target(0.5, "2027-12-31")));
    assertThat(only(cost, "REAL-012", COST).message())
        .contains("should decrease")
        .contains("0.5 is above")
        .contains("0.42");
    silent(NORTHWIND, "REAL-012");
    // maintain: a target below the baseline is not against a direction
    silent(withIndicator(plan, "CLV", i -> i.withDirection(Direction.MAINTAIN)), "REAL-012");
  }

  // ---- dates ----

  @Test
  void targetDueBeforeBaseline() {
    PlanDocument plan =
        withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1000, "2025-06-30")));
    Finding f = only(plan, "REAL-013", CLV);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("due 2025-06-30").contains("baseline date 2025-12-31");
    silent(
        withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1000, "2025-12-31"))), "REAL-013");
  }

  @Test
  void targetDueAfterHorizon() {
    PlanDocument plan =
        withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1000, "2029-06-30")));
    assertThat(only(plan, "REAL-014", CLV).message())
        .contains("due 2029-06-30")
        .contains("ends 2028-12-31");
    silent(NORTHWIND, "REAL-014");
  }

  @Test
  void targetDueBeforeHorizon() {
    PlanDocument plan =
        withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1000, "2025-12-31")));
    assertThat(only(plan, "REAL-015", CLV).message())
        .contains("due 2025-12-31")
        .contains("starts 2026-01-01");
    silent(
        withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1000, "2026-01-01"))), "REAL-015");
  }

  @Test
  void baselineWithoutDate() {
    PlanDocument plan =
        withIndicator(NORTHWIND, "CLV", i -> i.withBaseline(Baseline.builder().value(880).build()));
    assertThat(only(plan, "REAL-016", CLV).message())
        .contains("Baseline 880 of indicator CLV \"Customer lifetime value")
        .contains("has no date");
    silent(NORTHWIND, "REAL-016");
  }

  // ---- required change ----

  @Test
  void requiredChangeFarAboveTrend() {
    // 880 -> 1500 in 3 years: 19.45 % a year; history 800 -> 880 in 2 years: 4.88 % a year
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1500)));
    assertThat(only(plan, "REAL-017", CLV).message())
        .contains("needs 19.45% a year")
        .contains("3 times its historical 4.88% a year");
    // 880 -> 1200: 10.9 % a year, under 3 x 4.88
    silent(withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1200))), "REAL-017");
  }

  @Test
  void trendMovesAwayFromTarget() {
    // history 20, 19, baseline 17: -1.5 points a year; target 20 needs +1 point a year
    PlanDocument plan = withIndicator(NORTHWIND, "RCR", i -> i.withHistory(history(20, 19)));
    assertThat(only(plan, "REAL-018", RCR).message())
        .contains("needs 1 points a year")
        .contains("moved -1.5 points a year");
    // a drift of -0.25 points a year is below the trend floor
    silent(withIndicator(NORTHWIND, "RCR", i -> i.withHistory(history(17.5, 17.2))), "REAL-018");
  }

  @Test
  void requiredChangeAboveKindLimit() {
    // 78 -> 95 in 3 years: 5.67 points a year, retention limit 5 (judged by the limit when the
    // indicator has no history of its own)
    PlanDocument noHistory = withIndicator(NORTHWIND, "G2-RET", i -> i.withHistory(List.of()));
    PlanDocument plan = withIndicator(noHistory, "G2-RET", i -> i.withTarget(target(95)));
    assertThat(only(plan, "REAL-019", RET).message())
        .contains("needs 5.67 points a year")
        .contains("limit of 5 points a year");
    silent(withIndicator(noHistory, "G2-RET", i -> i.withTarget(target(92))), "REAL-019");
    // a known kind is not checked against the default limit
    silent(plan, "REAL-020");
    // with its history, the indicator's own trend judges the pace (REAL-017), not the limit
    silent(withIndicator(NORTHWIND, "G2-RET", i -> i.withTarget(target(95))), "REAL-019");
  }

  @Test
  void requiredChangeAboveDefaultLimit() {
    // unknown kind, 880 -> 2000 in 3 years: 31.5 % a year, default limit 25
    PlanDocument noHistory = withIndicator(NORTHWIND, "CLV", i -> i.withHistory(List.of()));
    PlanDocument plan =
        withIndicator(
            noHistory, "CLV", i -> i.withKind("contractsPerClient").withTarget(target(2000)));
    assertThat(only(plan, "REAL-020", CLV).message())
        .contains("needs 31.47% a year")
        .contains("general limit of 25% a year");
    silent(plan, "REAL-019");
    silent(
        withIndicator(
            noHistory, "CLV", i -> i.withKind("contractsPerClient").withTarget(target(1500))),
        "REAL-020");
  }

  // ---- benchmarks ----

  @Test
  void targetOutsideIndustryRange() {
    // telecommunications retention 60..90, tolerance 10 % -> up to 99 (without history, so that
    // the pace does not take the finding in)
    PlanDocument base = withIndicator(NORTHWIND, "G2-RET", i -> i.withHistory(List.of()));
    PlanDocument plan = withIndicator(base, "G2-RET", i -> i.withTarget(target(99.5)));
    List<Finding> range = UNFOLDED.assess(plan).findingsOf("REAL-021");
    assertThat(range).extracting(f -> f.path().toString()).containsExactly(RET);
    assertThat(range.get(0).message())
        .contains("Target 99.5")
        .contains("telecommunications range 60..90");
    assertThat(UNFOLDED.assess(withIndicator(base, "G2-RET", i -> i.withTarget(target(98)))))
        .satisfies(r -> assertThat(r.findingsOf("REAL-021")).isEmpty());
    assertThat(UNFOLDED.assess(plan).findingsOf("REAL-022")).isEmpty();
    // folded: 7.17 points a year is the root cause, the range is said with it
    silent(plan, "REAL-021");
    assertThat(only(plan, "REAL-019", RET).message())
        .contains("needs 7.17 points a year")
        .contains("Also: Target 99.5")
        .contains("telecommunications range 60..90");
  }

  @Test
  void targetOutsideCrossIndustryRange() {
    // no telecommunications row for returningCustomerRatio: "*" 5..70, tolerance 10 % -> up to 77
    PlanDocument base = withIndicator(NORTHWIND, "RCR", i -> i.withHistory(List.of()));
    PlanDocument plan = withIndicator(base, "RCR", i -> i.withTarget(target(80)));
    List<Finding> range = UNFOLDED.assess(plan).findingsOf("REAL-022");
    assertThat(range).extracting(f -> f.path().toString()).containsExactly(RCR);
    assertThat(range.get(0).message()).contains("Target 80").contains("cross-industry range 5..70");
    assertThat(
            UNFOLDED
                .assess(withIndicator(base, "RCR", i -> i.withTarget(target(76))))
                .findingsOf("REAL-022"))
        .isEmpty();
    // an industry with its own row (travel 10..45) uses that row, not the fallback
    PlanDocument travel = withIndustry(plan, "travel");
    assertThat(UNFOLDED.assess(travel).findingsOf("REAL-022")).isEmpty();
    assertThat(UNFOLDED.assess(travel).findingsOf("REAL-021"))
        .filteredOn(f -> f.path().toString().equals(RCR))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("travel range 10..45"));
  }

  @Test
  void targetBeyondTopQuartile() {
    // top quartile 1150, tolerance 10 % -> up to 1265
    PlanDocument plan = withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1300)));
    assertThat(only(plan, "REAL-023", CLV).message())
        .contains("Target 1300")
        .contains("top quartile 1150 by more than 10%");
    silent(withIndicator(NORTHWIND, "CLV", i -> i.withTarget(target(1260))), "REAL-023");
  }

  // ---- percentages ----

  @Test
  void percentageOutsideRange() {
    PlanDocument plan =
        withIndicator(
            NORTHWIND,
            "G2-RET",
            i -> i.withBaseline(Baseline.builder().value(780).asOf(date("2025-12-31")).build()));
    Finding f = only(plan, "REAL-024", RET);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).contains("baseline 780");
    PlanDocument hist =
        withIndicator(
            NORTHWIND,
            "G2-RET",
            i ->
                i.withHistory(history(-2, 77))
                    .withBenchmark(Benchmark.builder().peerMedian(78).topQuartile(140).build()));
    assertThat(only(hist, "REAL-024", RET).message())
        .contains("history value -2")
        .contains("top quartile 140");
    silent(NORTHWIND, "REAL-024");
    // not a percentage: the same number is fine
    silent(withIndicator(plan, "G2-RET", i -> i.withUnit("count")), "REAL-024");
  }

  @Test
  void netRevenueRetentionAboveAHundredIsItsNormalRange() {
    // NRR is a percentage whose normal range exceeds 100 (expansion revenue): no range finding
    PlanDocument plan =
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("NRR", "netRevenueRetention", "percent", Direction.INCREASE, 104, 115));
    silent(plan, "REAL-024");
    // the same values as a plain share are outside 0..100
    PlanDocument share =
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("SHARE", "shareOfWallet", "percent", Direction.INCREASE, 104, 115));
    assertThat(only(share, "REAL-024", "crmStrategy.goals[CG1].indicators[SHARE]").message())
        .contains("outside 0..100 for shareOfWallet");
    // and in Russian, the kind written as its name
    PlanDocument russian =
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("NRR", "чистое удержание выручки", "%", Direction.INCREASE, 104, 115));
    silent(russian, "REAL-024");
  }

  // ---- linked indicators ----

  private static Indicator churn(double baseline, double target) {
    return indicator("G2-CHURN", "churnRate", "percent", Direction.DECREASE, baseline, target);
  }

  @Test
  void retentionAndChurnInconsistent() {
    PlanDocument plan = addIndicator(NORTHWIND, "G2", churn(28, 25));
    Finding f = only(plan, "REAL-025", RET);
    assertThat(f.message())
        .contains("retentionRate + churnRate = 100")
        .contains("with their targets (81, 25) the left side is 106");
    silent(addIndicator(NORTHWIND, "G2", churn(22, 19)), "REAL-025");
  }

  @Test
  void clvInconsistentWithArpuAndChurn() {
    PlanDocument base = addIndicator(NORTHWIND, "G2", churn(22, 20));
    // implied CLV = 100 x 100 / 20 = 500, CLV target 1000: 100 % off
    PlanDocument plan =
        addIndicator(
            base,
            "CG1",
            indicator("ARPU", "averageRevenuePerUser", "USD", Direction.INCREASE, 95, 100));
    assertThat(only(plan, "REAL-026", CLV).message())
        .contains(
            "with their targets (1000, 100, 20) the left side is 1000 and the right side 500");
    PlanDocument near =
        addIndicator(
            base,
            "CG1",
            indicator("ARPU", "averageRevenuePerUser", "USD", Direction.INCREASE, 190, 200));
    silent(near, "REAL-026");
    PlanDocument otherUnit =
        addIndicator(
            base,
            "CG1",
            indicator("ARPU", "averageRevenuePerUser", "EUR", Direction.INCREASE, 95, 100));
    silent(otherUnit, "REAL-026");
  }

  private static Indicator cac(double target) {
    return indicator("CAC", "customerAcquisitionCost", "USD", Direction.DECREASE, 500, target);
  }

  @Test
  void clvCacBelowHealthy() {
    PlanDocument plan = addIndicator(NORTHWIND, "CG1", cac(400));
    Finding f = only(plan, "REAL-027", CLV);
    assertThat(f.message())
        .contains(">= 3 * customerAcquisitionCost")
        .contains("with their targets (1000, 400) the left side is 1000 and the right side 1200");
    silent(addIndicator(NORTHWIND, "CG1", cac(250)), "REAL-027");
  }

  @Test
  void clvCacAboveHealthy() {
    PlanDocument plan = addIndicator(NORTHWIND, "CG1", cac(100));
    Finding f = only(plan, "REAL-028", CLV);
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertThat(f.message())
        .contains("<= 8 * customerAcquisitionCost")
        .contains("(1000, 100) the left side is 1000 and the right side 800");
    silent(addIndicator(NORTHWIND, "CG1", cac(250)), "REAL-028");
  }

  @Test
  void crmTargetBeyondCorporateTarget() {
    PlanDocument plan =
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("CG1-REV", "revenue", "USD", Direction.INCREASE, 100e6, 160e6));
    Finding f = only(plan, "REAL-029", "crmStrategy.goals[CG1].indicators[CG1-REV]");
    assertThat(f.message())
        .contains("targets 160000000")
        .contains("target 150000000")
        .contains("G1-REV");
    silent(
        addIndicator(
            NORTHWIND,
            "CG1",
            indicator("CG1-REV", "revenue", "USD", Direction.INCREASE, 100e6, 140e6)),
        "REAL-029");
    // a goal that does not support G1 is not compared with G1's target
    silent(
        addIndicator(
            NORTHWIND,
            "CG2",
            indicator("CG2-REV", "revenue", "USD", Direction.INCREASE, 100e6, 160e6)),
        "REAL-029");
  }

  @Test
  void findingsDoNotDependOnIndicatorOrder() {
    PlanDocument plan = addIndicator(NORTHWIND, "G2", churn(28, 25));
    PlanDocument reversed =
        withCorporateGoal(
            plan,
            "G2",
            g -> {
              List<Indicator> list = new ArrayList<>(g.indicators());
              java.util.Collections.reverse(list);
              return g.withIndicators(list);
            });
    assertThat(REVIEWER.assess(reversed).findings())
        .containsExactlyElementsOf(REVIEWER.assess(plan).findings());
  }
}
