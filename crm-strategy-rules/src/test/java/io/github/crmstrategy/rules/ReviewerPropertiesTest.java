package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Lists;
import io.github.crmstrategy.document.ElementIndex;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerBase;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutableCrmConcept;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutableCustomerBase;
import io.github.crmstrategy.model.ImmutableCustomerGoal;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRoadmap;
import io.github.crmstrategy.model.ImmutableStrategicGoal;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Role;
import io.github.crmstrategy.testing.PlanGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Invariants of the review over generated plans. */
class ReviewerPropertiesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  @Test
  void sameplanGivesTheSameReport() {
    qt().withExamples(30)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(plan -> assertThat(REVIEWER.assess(plan)).isEqualTo(REVIEWER.assess(plan)));
  }

  @Test
  void orderOfListsInTheDocumentDoesNotChangeTheReport() {
    qt().withExamples(30)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> assertThat(REVIEWER.assess(reversed(plan))).isEqualTo(REVIEWER.assess(plan)));
  }

  /**
   * A finding names an element of the plan, or a missing part of one that exists (a missing concept
   * section at {@code crmConcept.sections.<id>}, a missing field below its element).
   */
  @Test
  void everyFindingPathNamesAnElementOfThePlan() {
    qt().withExamples(40)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              ElementIndex index = ElementIndex.of(plan);
              for (Finding f : REVIEWER.assess(plan).findings()) {
                assertThat(index.exists(f.path()) || missingPart(index, f.path()))
                    .as("path of %s: '%s' (%s)", f.ruleId(), f.path(), f.message())
                    .isTrue();
              }
            });
  }

  /** Whether {@code path} is a field (not a list element) below an element that exists. */
  static boolean missingPart(ElementIndex index, io.github.crmstrategy.model.ElementPath path) {
    io.github.crmstrategy.model.ElementPath p = path;
    while (p.key().isEmpty() && p.parent().isPresent()) {
      p = p.parent().get();
      if (index.exists(p)) {
        return true;
      }
    }
    return false;
  }

  @Test
  void scoresAndLevelsStayWithinBounds() {
    qt().withExamples(40)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              AssessmentReport report = REVIEWER.assess(plan);
              MaturityResult m = report.maturity();
              for (MaturityProfile p : List.of(m.current(), m.target())) {
                assertThat(p.score()).isBetween(0.0, 100.0);
                assertThat(p.level()).isBetween(1, 5);
                assertThat(p.level()).isLessThanOrEqualTo(p.weakestLevel() + 1);
                assertThat(p.blocks()).containsOnlyKeys(BuildingBlock.values());
                for (BlockMaturity b : p.blocks().values()) {
                  assertThat(b.score()).isBetween(0.0, 100.0);
                  assertThat(b.level()).isBetween(1, b.stagedLevel());
                  assertThat(b.evidence()).isNotEmpty();
                  assertThat(b.heldBy().isEmpty()).isEqualTo(b.level() == 5);
                }
              }
              // The plan adds to today; it never takes today away.
              for (BuildingBlock block : BuildingBlock.values()) {
                assertThat(m.target().blocks().get(block).level())
                    .as("target of %s", block)
                    .isGreaterThanOrEqualTo(m.current().blocks().get(block).level());
              }
              assertThat(report.documentQuality().score()).isBetween(0.0, 100.0);
            });
  }

  @Test
  void addingEvidenceNeverLowersABlockScore() {
    List<UnaryOperator<PlanDocument>> additions =
        List.of(
            ReviewerPropertiesTest::withSponsorAndRoles,
            ReviewerPropertiesTest::withRouteAnswers,
            ReviewerPropertiesTest::withArchitecture,
            ReviewerPropertiesTest::withPartnersAndCustomers,
            ReviewerPropertiesTest::withSharedVision);
    qt().withExamples(25)
        .forAll(PlanGenerators.validPlans())
        .checkAssert(
            plan -> {
              AssessmentReport was = REVIEWER.assess(plan);
              Map<BuildingBlock, BlockMaturity> before = was.maturity().target().blocks();
              for (UnaryOperator<PlanDocument> add : additions) {
                AssessmentReport is = REVIEWER.assess(add.apply(plan));
                Map<BuildingBlock, BlockMaturity> after = is.maturity().target().blocks();
                for (BuildingBlock block : BuildingBlock.values()) {
                  assertThat(after.get(block).score())
                      .as("score of %s", block)
                      .isGreaterThanOrEqualTo(before.get(block).score());
                }
                assertThat(is.documentQuality().score())
                    .isGreaterThanOrEqualTo(was.documentQuality().score());
              }
            });
  }

  @Test
  void oneReviewerSharedByEightThreadsGivesTheSequentialReports() throws Exception {
    List<PlanDocument> plans = new ArrayList<>();
    qt().withExamples(24).forAll(PlanGenerators.validPlans()).checkAssert(plans::add);
    List<AssessmentReport> sequential = plans.stream().map(REVIEWER::assess).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      for (int round = 0; round < 3; round++) {
        List<Future<AssessmentReport>> futures = new ArrayList<>();
        for (PlanDocument p : plans) {
          futures.add(pool.submit(() -> REVIEWER.assess(p)));
        }
        for (int i = 0; i < plans.size(); i++) {
          assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- plan transformations ----

  private static <T> ImmutableList<T> rev(List<T> list) {
    return ImmutableList.copyOf(Lists.reverse(list));
  }

  /** The same plan with every list reversed. */
  static PlanDocument reversed(PlanDocument plan) {
    ImmutablePlanDocument p = ImmutablePlanDocument.copyOf(plan);
    if (plan.corporatePlan().isPresent()) {
      CorporatePlan c = plan.corporatePlan().get();
      p =
          p.withCorporatePlan(
              ImmutableCorporatePlan.copyOf(c)
                  .withEnvironment(rev(c.environment()))
                  .withGoals(
                      rev(
                          c.goals().stream()
                              .map(
                                  g ->
                                      (io.github.crmstrategy.model.StrategicGoal)
                                          ImmutableStrategicGoal.copyOf(g)
                                              .withIndicators(rev(g.indicators()))
                                              .withSwot(rev(g.swot())))
                              .toList()))
                  .withStrategies(rev(c.strategies()))
                  .withTasks(rev(c.tasks())));
    }
    if (plan.crmStrategy().isPresent()) {
      CrmStrategy c = plan.crmStrategy().get();
      ImmutableCrmStrategy s =
          ImmutableCrmStrategy.copyOf(c)
              .withGoals(
                  rev(
                      c.goals().stream()
                          .map(
                              g ->
                                  (io.github.crmstrategy.model.CustomerGoal)
                                      ImmutableCustomerGoal.copyOf(g)
                                          .withIndicators(rev(g.indicators()))
                                          .withSupports(rev(g.supports())))
                          .toList()))
              .withRelationshipStrategies(rev(c.relationshipStrategies()))
              .withTasks(rev(c.tasks()));
      if (c.customerBase().isPresent()) {
        CustomerBase b = c.customerBase().get();
        s =
            s.withCustomerBase(
                ImmutableCustomerBase.copyOf(b)
                    .withSegments(rev(b.segments()))
                    .withOfferings(rev(b.offerings())));
      }
      p = p.withCrmStrategy(s);
    }
    if (plan.crmConcept().isPresent()) {
      CrmConcept c = plan.crmConcept().get();
      p =
          p.withCrmConcept(
              ImmutableCrmConcept.copyOf(c)
                  .withCapabilities(rev(c.capabilities()))
                  .withPhases(rev(c.phases())));
    }
    if (plan.currentState().isPresent()) {
      CurrentState c = plan.currentState().get();
      p =
          p.withCurrentState(
              ImmutableCurrentState.copyOf(c)
                  .withCompetitors(rev(c.competitors()))
                  .withPeers(rev(c.peers()))
                  .withPriorInitiatives(rev(c.priorInitiatives())));
    }
    if (plan.roadmap().isPresent()) {
      p =
          p.withRoadmap(
              ImmutableRoadmap.copyOf(plan.roadmap().get())
                  .withMilestones(rev(plan.roadmap().get().milestones())));
    }
    return p;
  }

  private static ImmutableCrmStrategy crm(PlanDocument plan) {
    return plan.crmStrategy()
        .map(ImmutableCrmStrategy::copyOf)
        .orElseGet(() -> CrmStrategy.builder().build());
  }

  static PlanDocument withSponsorAndRoles(PlanDocument plan) {
    Governance g =
        Governance.builder()
            .sponsor("Chief Executive Officer")
            .addRoles(Role.builder().role("Programme owner").holder("COO").build())
            .addRoles(Role.builder().role("Data steward").holder("CIO").build())
            .addRoles(Role.builder().role("Change manager").holder("HR").build())
            .build();
    return ImmutablePlanDocument.copyOf(plan).withCrmStrategy(crm(plan).withGovernance(g));
  }

  static PlanDocument withRouteAnswers(PlanDocument plan) {
    return ImmutablePlanDocument.copyOf(plan)
        .withCrmStrategy(
            crm(plan)
                .withLoyalty("Quarterly reviews with every key client.")
                .withInteraction("One account manager per client.")
                .withAdvocacy("Reference programme with case studies."));
  }

  static PlanDocument withArchitecture(PlanDocument plan) {
    ImmutableCrmConcept c =
        plan.crmConcept()
            .map(ImmutableCrmConcept::copyOf)
            .orElseGet(() -> CrmConcept.builder().build());
    return ImmutablePlanDocument.copyOf(plan)
        .withCrmConcept(c.withArchitecture("Operational CRM on a customer data hub."));
  }

  static PlanDocument withPartnersAndCustomers(PlanDocument plan) {
    ImmutableCurrentState s =
        plan.currentState()
            .map(ImmutableCurrentState::copyOf)
            .orElseGet(() -> CurrentState.builder().build());
    return ImmutablePlanDocument.copyOf(plan)
        .withCurrentState(
            s.withPartners(ImmutableList.of("Reseller network"))
                .withCustomers("1200 business clients; the top 100 bring half the revenue."));
  }

  static PlanDocument withSharedVision(PlanDocument plan) {
    String vision = "Be the most trusted digital partner of businesses in the region.";
    ImmutableCorporatePlan c =
        plan.corporatePlan()
            .map(ImmutableCorporatePlan::copyOf)
            .orElseGet(() -> CorporatePlan.builder().build());
    return ImmutablePlanDocument.copyOf(plan)
        .withCorporatePlan(c.withVision(vision))
        .withCrmStrategy(crm(plan).withVision(vision));
  }
}
