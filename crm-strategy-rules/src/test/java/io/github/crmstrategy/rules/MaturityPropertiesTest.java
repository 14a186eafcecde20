package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CapabilityStatus;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentAsset;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.ImmutableCapability;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutableCrmConcept;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutableCustomerGoal;
import io.github.crmstrategy.model.ImmutableGovernance;
import io.github.crmstrategy.model.ImmutableIndicator;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRole;
import io.github.crmstrategy.model.ImmutableStrategicGoal;
import io.github.crmstrategy.model.ImmutableSwot;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.InitiativeOutcome;
import io.github.crmstrategy.model.Integration;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.Role;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Swot;
import io.github.crmstrategy.testing.PlanGenerators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Invariants of the maturity model over generated plans that also say what the company runs today
 * (systems, data, practices, roles held since a date, live capabilities, prior initiatives and
 * weaknesses in English and Russian).
 */
class MaturityPropertiesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static final List<String> AREAS =
      List.of(
          "customerData",
          "singleCustomerView",
          "sales",
          "service",
          "analytics",
          "accountManagement",
          "marketing",
          "governance",
          "feedback",
          "loyalty");

  private static final List<String> WEAKNESSES =
      List.of(
          "Customer data split across three systems.",
          "No single customer view.",
          "Clients are kept in each manager's spreadsheet.",
          "Customers complain about slow answers.",
          "Данные о клиентах разрознены по разным системам.",
          "Клиентская база ведётся в таблицах у каждого менеджера.",
          "Strong brand in the north.");

  /** Generated plans with evidence of today added, drawn from a seed so that they shrink. */
  static Gen<PlanDocument> plansWithToday() {
    return PlanGenerators.validPlans()
        .zip(longs().all(), (plan, seed) -> withToday(plan, new Random(seed)));
  }

  static PlanDocument withToday(PlanDocument plan, Random r) {
    ImmutablePlanDocument p = ImmutablePlanDocument.copyOf(plan);
    if (plan.currentState().isPresent() || r.nextBoolean()) {
      ImmutableCurrentState s =
          ImmutableCurrentState.copyOf(plan.currentState().orElse(CurrentState.builder().build()));
      s =
          s.withSystems(assets("SYS", r))
              .withData(assets("DATA", r))
              .withPractices(assets("PR", r));
      List<PriorInitiative> prior = new ArrayList<>();
      for (PriorInitiative pi : s.priorInitiatives()) {
        prior.add(
            io.github.crmstrategy.model.ImmutablePriorInitiative.copyOf(pi)
                .withYear(2015 + r.nextInt(10))
                .withLessons(
                    r.nextBoolean() ? List.of("Sales managers were not involved") : List.of()));
      }
      p = p.withCurrentState(s.withPriorInitiatives(prior));
    }
    if (plan.crmStrategy().flatMap(CrmStrategy::governance).isPresent()) {
      CrmStrategy crm = plan.crmStrategy().get();
      Governance g = crm.governance().get();
      List<Role> roles = new ArrayList<>();
      for (Role role : g.roles()) {
        roles.add(ImmutableRole.copyOf(role).withSince(Optional.ofNullable(date(r))));
      }
      p =
          p.withCrmStrategy(
              ImmutableCrmStrategy.copyOf(crm)
                  .withGovernance(ImmutableGovernance.copyOf(g).withRoles(roles)));
    }
    if (plan.crmConcept().isPresent()) {
      CrmConcept c = plan.crmConcept().get();
      List<Capability> caps = new ArrayList<>();
      for (Capability cap : c.capabilities()) {
        CapabilityStatus status = CapabilityStatus.values()[r.nextInt(3)];
        caps.add(ImmutableCapability.copyOf(cap).withStatus(status).withCovers(covers(r)));
      }
      p = p.withCrmConcept(ImmutableCrmConcept.copyOf(c).withCapabilities(caps));
    }
    if (plan.corporatePlan().flatMap(CorporatePlan::swot).isPresent() && r.nextBoolean()) {
      CorporatePlan corp = plan.corporatePlan().get();
      Swot swot = corp.swot().get();
      List<Statement> weak = new ArrayList<>(swot.weaknesses());
      weak.add(
          Statement.builder()
              .id("W-GEN")
              .statement(WEAKNESSES.get(r.nextInt(WEAKNESSES.size())))
              .build());
      p =
          p.withCorporatePlan(
              ImmutableCorporatePlan.copyOf(corp)
                  .withSwot(ImmutableSwot.copyOf(swot).withWeaknesses(weak)));
    }
    return p;
  }

  private static List<CurrentAsset> assets(String prefix, Random r) {
    List<CurrentAsset> out = new ArrayList<>();
    int n = r.nextInt(4);
    for (int i = 1; i <= n; i++) {
      var a =
          CurrentAsset.builder()
              .id(prefix + "-" + i)
              .name(prefix + " " + i)
              .covers(covers(r))
              .since(Optional.ofNullable(date(r)));
      if (!prefix.equals("PR") && r.nextInt(4) > 0) {
        a.integration(Integration.values()[r.nextInt(3)]);
      }
      out.add(a.build());
    }
    return out;
  }

  private static List<String> covers(Random r) {
    List<String> out = new ArrayList<>();
    for (String area : AREAS) {
      if (r.nextInt(4) == 0) {
        out.add(area);
      }
    }
    return out;
  }

  /** A date from 2010 to 2029, or none. */
  private static LocalDate date(Random r) {
    return r.nextInt(5) == 0 ? null : LocalDate.of(2010, 1, 1).plusDays(r.nextInt(20 * 365));
  }

  /**
   * The plan without what it plans: capabilities that are not live (the concept, when none is), the
   * roadmap, every task and every indicator's target.
   */
  static PlanDocument withoutPlans(PlanDocument plan) {
    ImmutablePlanDocument p = ImmutablePlanDocument.copyOf(plan).withRoadmap(Optional.empty());
    Optional<CrmConcept> concept =
        plan.crmConcept()
            .map(
                c ->
                    (CrmConcept)
                        ImmutableCrmConcept.copyOf(c)
                            .withCapabilities(
                                c.capabilities().stream()
                                    .filter(
                                        cap ->
                                            cap.status()
                                                .filter(s -> s == CapabilityStatus.LIVE)
                                                .isPresent())
                                    .toList())
                            .withPhases())
            .filter(c -> !c.capabilities().isEmpty());
    p = p.withCrmConcept(concept);
    if (plan.corporatePlan().isPresent()) {
      CorporatePlan corp = plan.corporatePlan().get();
      List<StrategicGoal> goals = new ArrayList<>();
      for (StrategicGoal g : corp.goals()) {
        goals.add(ImmutableStrategicGoal.copyOf(g).withIndicators(untargeted(g.indicators())));
      }
      p = p.withCorporatePlan(ImmutableCorporatePlan.copyOf(corp).withGoals(goals).withTasks());
    }
    if (plan.crmStrategy().isPresent()) {
      CrmStrategy crm = plan.crmStrategy().get();
      List<CustomerGoal> goals = new ArrayList<>();
      for (CustomerGoal g : crm.goals()) {
        goals.add(ImmutableCustomerGoal.copyOf(g).withIndicators(untargeted(g.indicators())));
      }
      p = p.withCrmStrategy(ImmutableCrmStrategy.copyOf(crm).withGoals(goals).withTasks());
    }
    return p;
  }

  private static List<Indicator> untargeted(List<Indicator> indicators) {
    return indicators.stream()
        .map(i -> (Indicator) ImmutableIndicator.copyOf(i).withTarget(Optional.empty()))
        .toList();
  }

  private static List<String> todaysFindings(AssessmentReport r) {
    return r.findings().stream()
        .filter(f -> List.of("MAT-002", "MAT-003", "MAT-004", "MAT-006").contains(f.ruleId()))
        .map(f -> f.ruleId() + " " + f.path() + " " + f.message())
        .toList();
  }

  @Test
  void removingWhatThePlanPlansNeverChangesTodaysMaturity() {
    qt().withExamples(60)
        .forAll(plansWithToday())
        .checkAssert(
            plan -> {
              AssessmentReport with = REVIEWER.assess(plan);
              AssessmentReport without = REVIEWER.assess(withoutPlans(plan));
              for (BuildingBlock b : BuildingBlock.values()) {
                assertThat(without.maturity().current().blocks().get(b))
                    .as("today's %s", b)
                    .isEqualTo(with.maturity().current().blocks().get(b));
              }
              assertThat(without.maturity().current().level())
                  .isEqualTo(with.maturity().current().level());
              // So the self-assessment findings never rest on planned work either.
              assertThat(todaysFindings(without)).isEqualTo(todaysFindings(with));
            });
  }

  @Test
  void aFailedInitiativeNeverRaisesALevel() {
    PriorInitiative failed =
        PriorInitiative.builder()
            .name("Failed CRM rollout")
            .year(2024)
            .outcome(InitiativeOutcome.FAILED)
            .addReusable("Account model")
            .addLessons("Users were not involved")
            .build();
    qt().withExamples(40)
        .forAll(plansWithToday())
        .checkAssert(
            plan -> {
              ImmutableCurrentState s =
                  ImmutableCurrentState.copyOf(
                      plan.currentState().orElse(CurrentState.builder().build()));
              PlanDocument worse =
                  ImmutablePlanDocument.copyOf(plan)
                      .withCurrentState(
                          s.withPriorInitiatives(concat(s.priorInitiatives(), failed)));
              AssessmentReport before = REVIEWER.assess(plan);
              AssessmentReport after = REVIEWER.assess(worse);
              for (BuildingBlock b : BuildingBlock.values()) {
                assertThat(after.maturity().current().blocks().get(b).level())
                    .as("today's %s", b)
                    .isLessThanOrEqualTo(before.maturity().current().blocks().get(b).level());
              }
            });
  }

  @Test
  void aWeaknessInTheOwnSwotNeverRaisesALevel() {
    qt().withExamples(40)
        .forAll(plansWithToday())
        .checkAssert(
            plan -> {
              CorporatePlan corp = plan.corporatePlan().orElse(CorporatePlan.builder().build());
              Swot swot = corp.swot().orElse(Swot.builder().build());
              PlanDocument worse =
                  ImmutablePlanDocument.copyOf(plan)
                      .withCorporatePlan(
                          ImmutableCorporatePlan.copyOf(corp)
                              .withSwot(
                                  ImmutableSwot.copyOf(swot)
                                      .withWeaknesses(
                                          concat(
                                              swot.weaknesses(),
                                              Statement.builder()
                                                  .id("W-SPLIT")
                                                  .statement(
                                                      "No single customer view; customer records"
                                                          + " kept in spreadsheets.")
                                                  .build()))));
              AssessmentReport before = REVIEWER.assess(plan);
              AssessmentReport after = REVIEWER.assess(worse);
              for (BuildingBlock b : BuildingBlock.values()) {
                assertThat(after.maturity().current().blocks().get(b).level())
                    .as("today's %s", b)
                    .isLessThanOrEqualTo(before.maturity().current().blocks().get(b).level());
                assertThat(
                        after.maturity().current().blocks().get(BuildingBlock.INFORMATION).level())
                    .isEqualTo(1);
              }
            });
  }

  @Test
  void levelsAreExplainedAndTheOverallRuleHolds() {
    qt().withExamples(40)
        .forAll(plansWithToday())
        .checkAssert(
            plan -> {
              MaturityResult m = REVIEWER.assess(plan).maturity();
              for (MaturityProfile p : List.of(m.current(), m.target())) {
                int weakest =
                    p.blocks().values().stream().mapToInt(BlockMaturity::level).min().orElseThrow();
                long reaching =
                    p.blocks().values().stream()
                        .filter(b -> b.level() >= p.majorityLevel())
                        .count();
                assertThat(reaching * 2).isGreaterThan(p.blocks().size());
                assertThat(p.level()).isEqualTo(Math.min(p.majorityLevel(), weakest + 1));
                for (BlockMaturity b : p.blocks().values()) {
                  assertThat(b.level()).isLessThanOrEqualTo(b.stagedLevel());
                  assertThat(b.heldBy().isEmpty()).isEqualTo(b.level() == 5);
                }
              }
              for (BuildingBlock b : BuildingBlock.values()) {
                BlockLevels l = m.blocks().get(b);
                // A plan whose horizon has passed can set a target below today: nothing to climb.
                assertThat(l.gap()).isEqualTo(Math.max(0, l.target() - l.current()));
              }
            });
  }

  @SafeVarargs
  private static <T> List<T> concat(List<T> list, T... more) {
    List<T> out = new ArrayList<>(list);
    out.addAll(List.of(more));
    return out;
  }
}
