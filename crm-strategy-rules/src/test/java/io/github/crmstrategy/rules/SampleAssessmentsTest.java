package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** What the default rules say about the bundled samples: the acceptance bar of the rule sets. */
class SampleAssessmentsTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static AssessmentReport assess(String sample) throws Exception {
    return REVIEWER.assess(SamplePlans.load(sample).plan());
  }

  @Test
  void referencePlanHasNoErrorFinding() throws Exception {
    AssessmentReport report = assess(Samples.NORTHWIND_TELECOM);
    assertThat(report.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(report.countsBySeverity()).containsEntry(Severity.ERROR, 0);
  }

  @Test
  void weakPlanGetsFindingsInEveryCategoryAndScoresBelowTheReference() throws Exception {
    AssessmentReport weak = assess(Samples.WEAK_PLAN);
    for (Category category : Category.values()) {
      assertThat(weak.findings()).extracting(Finding::category).contains(category);
      assertThat(weak.countsByCategory().get(category)).isPositive();
    }
    assertThat(weak.countsBySeverity().get(Severity.ERROR)).isPositive();
    AssessmentReport reference = assess(Samples.NORTHWIND_TELECOM);
    assertThat(weak.maturity().current().score())
        .isLessThan(reference.maturity().current().score());
    assertThat(weak.maturity().target().level()).isLessThan(reference.maturity().target().level());
    assertThat(weak.documentQuality().score()).isLessThan(reference.documentQuality().score());
  }

  @Test
  void travelPlanIsReviewedWithoutErrors() throws Exception {
    AssessmentReport travel = assess(Samples.TRAVEL_COMPANY);
    assertThat(travel.countsBySeverity()).containsEntry(Severity.ERROR, 0);
    assertThat(travel.findings()).isNotEmpty();
  }

  /** The checks added to read a plan across its elements (ALIGN-046/047 report analysts' data). */
  static final List<String> CROSS_ELEMENT_CHECKS =
      List.of(
          "ALIGN-030",
          "ALIGN-031",
          "ALIGN-032",
          "ALIGN-033",
          "ALIGN-034",
          "ALIGN-035",
          "ALIGN-036",
          "ALIGN-037",
          "ALIGN-038",
          "ALIGN-039",
          "ALIGN-040",
          "ALIGN-041",
          "ALIGN-042",
          "ALIGN-043",
          "ALIGN-044",
          "ALIGN-045",
          "ALIGN-048",
          "REAL-030",
          "REAL-031",
          "REAL-032",
          "REAL-033",
          "REAL-034",
          "REAL-035",
          "REAL-036",
          "COMP-031",
          "COMP-032",
          "COMP-033",
          "COMP-034");

  @Test
  void everyCrossElementCheckFiresOnASampleAndNoneOnTheReferencePlan() throws Exception {
    Set<String> fired = new TreeSet<>();
    for (String sample : Samples.names()) {
      assess(sample).findings().forEach(f -> fired.add(f.ruleId()));
    }
    assertThat(fired).containsAll(CROSS_ELEMENT_CHECKS);
    assertThat(assess(Samples.NORTHWIND_TELECOM).findings())
        .extracting(Finding::ruleId)
        .doesNotContainAnyElementsOf(CROSS_ELEMENT_CHECKS);
  }

  /** The defects each plan of another industry was written with, as rule id and element path. */
  static final Map<String, List<String>> PLANTED =
      Map.of(
          Samples.INSURANCE_MUTUAL,
          List.of(
              "REAL-035 organization.industry",
              "ALIGN-030 corporatePlan.goals[G1]",
              "ALIGN-031 crmStrategy.customerBase.segments[YOUNG-DRIVERS]",
              "ALIGN-040 crmStrategy.governance",
              "ALIGN-043 corporatePlan.environment[ENV2]",
              "REAL-030 crmStrategy.goals[CG1].indicators[LIFE]",
              "COMP-031 crmStrategy.advocacy"),
          Samples.HOTEL_GROUP,
          List.of(
              "ALIGN-032 crmStrategy.relationshipStrategies[RS2]",
              "ALIGN-033 crmStrategy.tasks[CT2]",
              "ALIGN-034 crmConcept.capabilities[CAP3]",
              "ALIGN-035 roadmap.milestones[M1]",
              "REAL-033 crmStrategy.goals[CG3].indicators[ENG]",
              "REAL-034 corporatePlan.goals[G5]",
              "ALIGN-037 currentState.competitors[COMP-CITY]",
              "ALIGN-038 currentState.priorInitiatives[PI-LOY]",
              "COMP-032 crmStrategy.interaction"),
          Samples.ENERGY_RETAILER_RU,
          List.of(
              "ALIGN-036 horizon",
              "REAL-032 corporatePlan.goals[G4].indicators[SME-REV]",
              "REAL-031 corporatePlan.goals[G2].indicators[COMPL]",
              "ALIGN-041 crmStrategy.governance",
              "ALIGN-045 currentState.priorInitiatives[PI-CC].lessons[Операторов не обучили работе с новой системой]",
              "ALIGN-042 corporatePlan.environment[ENV2]",
              "ALIGN-044 corporatePlan.swot.weaknesses[SW-W2]",
              "ALIGN-048 crmStrategy.tasks[CT4]",
              "COMP-031 crmConcept.sections.qualityRequirements"));

  @Test
  void plansOfOtherIndustriesGetTheirDefectsReportedAndNoOthers() throws Exception {
    for (Map.Entry<String, List<String>> e : PLANTED.entrySet()) {
      AssessmentReport report = assess(e.getKey());
      List<String> found =
          report.findings().stream()
              .filter(f -> f.severity() != Severity.INFO && f.category() != Category.MATURITY)
              .map(f -> f.ruleId() + " " + f.path())
              .toList();
      // every planted defect, and no warning or error beyond them: the rest of each plan is sound
      assertThat(found).as(e.getKey()).containsExactlyInAnyOrderElementsOf(e.getValue());
    }
  }

  @Test
  void aPercentageWhoseNormalRangeExceedsAHundredIsNoRangeFinding() throws Exception {
    // the hotel group's net revenue retention of corporate accounts runs from 104 to 110 percent
    assertThat(assess(Samples.HOTEL_GROUP).findingsOf("REAL-024")).isEmpty();
  }

  @Test
  void aSmallCountGrowsBySteps() throws Exception {
    // 8 agents becoming 20 in 18 months is 8 a year, within three times its own 4 a year; as a
    // compound rate (84 percent a year) it would be far above any limit
    AssessmentReport report = assess(Samples.ENERGY_RETAILER_RU);
    assertThat(report.findings())
        .filteredOn(f -> f.path().toString().endsWith("indicators[AGENTS]"))
        .isEmpty();
  }
}
