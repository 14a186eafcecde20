package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.facts.CriterionScore;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturityScoring;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What to do next and the draft route, on samples, a plan of another industry, generated plans. */
class NextActionsTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static PlanDocument vetClinics() throws Exception {
    return PlanDocuments.read(
            Path.of("src/test/resources/io/github/crmstrategy/rules/plans/vet-clinics.yaml"))
        .plan();
  }

  @Test
  void weakPlanIsToldToNameAHeldRoleFirst() throws Exception {
    AssessmentReport r = REVIEWER.assess(SamplePlans.load(Samples.WEAK_PLAN).plan());
    TopAction first = r.nextActions().top().get(0);
    assertThat(first.blocks()).contains(BuildingBlock.VISION, BuildingBlock.COLLABORATION);
    assertThat(first.elements()).contains(ElementPath.parse("crmStrategy.governance.roles"));
    assertThat(r.nextActions().top()).extracting(TopAction::rank).startsWith(1, 2, 3);
    // Ranked by worth, best first.
    List<Double> worth = r.nextActions().top().stream().map(TopAction::worth).toList();
    assertThat(worth).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    // One remediation per rule: a findings action resolves every finding of its rule.
    r.nextActions().top().stream()
        .filter(a -> a.kind() == TopAction.Kind.FINDINGS)
        .forEach(
            a ->
                assertThat(a.resolves())
                    .allMatch(k -> k.ruleId().equals(a.id()))
                    .hasSize(r.findingsOf(a.id()).size()));
  }

  @Test
  void splitCustomerDataMustEndBeforeInformationClimbsToday() throws Exception {
    AssessmentReport r = REVIEWER.assess(SamplePlans.load(Samples.NORTHWIND_TELECOM).plan());
    LevelStep step =
        r.nextActions().blocks().get(BuildingBlock.INFORMATION).current().orElseThrow();
    assertThat(step.from())
        .isEqualTo(r.maturity().current().blocks().get(BuildingBlock.INFORMATION).level());
    assertThat(step.to()).isEqualTo(step.from() + 1);
    assertThat(step.changes())
        .extracting(StepChange::id)
        .contains("INF-INTEGRATED", "CAP-SILOED-DATA");
    // A block held by its foundation is told to raise the foundation first.
    LevelStep strategy =
        r.nextActions().blocks().get(BuildingBlock.STRATEGY).current().orElseThrow();
    assertThat(strategy.changes())
        .filteredOn(c -> c.kind() == StepChange.Kind.PREREQUISITE)
        .extracting(StepChange::id)
        .contains("information");
  }

  @Test
  void vetClinicsRouteBuildsTheOwnerRecordBeforeAnalyticsAndFlagsTheEarlyTarget() throws Exception {
    PlanDocument plan = vetClinics();
    RouteProposal route = REVIEWER.route(plan);
    assertThat(phaseOf(route, "CAP-REC")).isLessThan(phaseOf(route, "CAP-AN"));
    assertThat(phaseOf(route, "CAP-REC")).isLessThan(phaseOf(route, "CAP-APP"));
    assertThat(route.differences())
        .extracting(RouteDifference::kind)
        .contains(
            RouteDifference.Kind.NOT_ON_ROADMAP, RouteDifference.Kind.INDICATOR_BEFORE_CAPABILITY);
    assertThat(route.fitsHorizon()).isTrue();
    // The indicator falls due after the capability that drives it.
    int vacc =
        route.phases().stream()
            .filter(p -> p.indicators().contains("VACC"))
            .findFirst()
            .orElseThrow()
            .index();
    assertThat(vacc).isGreaterThan(phaseOf(route, "CAP-AN"));
  }

  @Test
  void aShortHorizonSaysTheRouteDoesNotFit() throws Exception {
    RouteProposal route = REVIEWER.route(SamplePlans.load(Samples.WEAK_PLAN).plan());
    assertThat(route.fitsHorizon()).isFalse();
    assertThat(route.fit()).contains("does not fit");
    assertThat(route.phases()).anyMatch(p -> !p.withinHorizon());
  }

  private static int phaseOf(RouteProposal route, String capability) {
    return route.phases().stream()
        .filter(p -> p.capabilities().contains(capability))
        .findFirst()
        .orElseThrow()
        .index();
  }

  @Test
  void applyingTheNextActionsNeverLowersALevelAndReachesTheNext() {
    double pass = REVIEWER.parameters().get("maturity.tier.passRatio");
    double partial = REVIEWER.parameters().get("maturity.criterion.partialCredit");
    qt().withExamples(40)
        .forAll(MaturityPropertiesTest.plansWithToday())
        .checkAssert(
            plan -> {
              AssessmentReport r = REVIEWER.assess(plan);
              for (MaturityProfile profile :
                  List.of(r.maturity().current(), r.maturity().target())) {
                boolean current = profile == r.maturity().current();
                for (BlockMaturity b : profile.blocks().values()) {
                  BlockNextSteps next = r.nextActions().blocks().get(b.block());
                  var step = current ? next.current() : next.target();
                  assertThat(step.isPresent()).isEqualTo(b.level() < 5);
                  if (step.isEmpty()) {
                    continue;
                  }
                  Set<String> met =
                      step.get().changes().stream()
                          .filter(c -> c.kind() == StepChange.Kind.CRITERION)
                          .map(StepChange::id)
                          .collect(Collectors.toSet());
                  List<MaturityCriterion> criteria = new ArrayList<>();
                  List<CriterionScore> before = new ArrayList<>();
                  List<CriterionScore> after = new ArrayList<>();
                  for (MaturityEvidence e : b.evidence()) {
                    criteria.add(
                        new MaturityCriterion(
                            e.criterion(),
                            b.block().id(),
                            e.tier(),
                            e.weight(),
                            "",
                            e.measure(),
                            e.fullAt(),
                            e.partialFrom(),
                            e.required()));
                    double ratio =
                        switch (e.status()) {
                          case MET -> 1;
                          case PARTLY_MET -> partial;
                          default -> 0;
                        };
                    before.add(
                        new CriterionScore(
                            e.criterion(), b.block().id(), e.weight(), ratio, "", ""));
                    after.add(
                        new CriterionScore(
                            e.criterion(),
                            b.block().id(),
                            e.weight(),
                            met.contains(e.criterion()) ? 1 : ratio,
                            "",
                            ""));
                  }
                  int was = MaturityScoring.stagedLevel(criteria, before, pass);
                  int now = MaturityScoring.stagedLevel(criteria, after, pass);
                  assertThat(was).isEqualTo(b.stagedLevel());
                  assertThat(now).isGreaterThanOrEqualTo(was);
                  // With the caps ended and the foundations raised, the criteria reach the next
                  // level.
                  assertThat(now).isGreaterThanOrEqualTo(step.get().to());
                }
              }
            });
  }

  @Test
  void theRouteNeverSchedulesACapabilityBeforeWhatItDependsOnAndSaysWhetherItFits() {
    qt().withExamples(40)
        .forAll(MaturityPropertiesTest.plansWithToday())
        .checkAssert(
            plan -> {
              RouteProposal route = REVIEWER.route(plan);
              Map<String, Integer> phase = new HashMap<>();
              route.phases().forEach(p -> p.capabilities().forEach(c -> phase.put(c, p.index())));
              for (Capability c :
                  plan.crmConcept().map(CrmConcept::capabilities).orElse(List.of())) {
                for (String d : c.dependsOn()) {
                  if (phase.containsKey(c.id()) && phase.containsKey(d)) {
                    assertThat(phase.get(c.id())).isGreaterThan(phase.get(d));
                  }
                }
              }
              boolean allInside = route.phases().stream().allMatch(RoutePhase::withinHorizon);
              assertThat(route.fitsHorizon()).isEqualTo(allInside && route.to().isPresent());
              assertThat(route.fit()).contains(route.fitsHorizon() ? "fits the horizon" : "not");
              if (route.fitsHorizon()) {
                route
                    .phases()
                    .forEach(
                        p ->
                            assertThat(p.end().orElseThrow())
                                .isBeforeOrEqualTo(route.to().get().plusDays(1)));
              }
            });
  }
}
