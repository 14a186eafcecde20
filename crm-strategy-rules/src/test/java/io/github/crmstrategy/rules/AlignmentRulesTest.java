package io.github.crmstrategy.rules;

import static io.github.crmstrategy.rules.AlignmentFixtures.NORTHWIND;
import static io.github.crmstrategy.rules.AlignmentFixtures.assertFires;
import static io.github.crmstrategy.rules.AlignmentFixtures.assertSilent;
import static io.github.crmstrategy.rules.AlignmentFixtures.concept;
import static io.github.crmstrategy.rules.AlignmentFixtures.corp;
import static io.github.crmstrategy.rules.AlignmentFixtures.crm;
import static io.github.crmstrategy.rules.AlignmentFixtures.plan;
import static io.github.crmstrategy.rules.AlignmentFixtures.roadmap;
import static io.github.crmstrategy.rules.AlignmentFixtures.withConcept;
import static io.github.crmstrategy.rules.AlignmentFixtures.withCorp;
import static io.github.crmstrategy.rules.AlignmentFixtures.withCrm;
import static io.github.crmstrategy.rules.AlignmentFixtures.withRoadmap;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ImmutableCapability;
import io.github.crmstrategy.model.ImmutableCustomerGoal;
import io.github.crmstrategy.model.ImmutableGovernance;
import io.github.crmstrategy.model.ImmutableMilestone;
import io.github.crmstrategy.model.ImmutablePhase;
import io.github.crmstrategy.model.ImmutableRelationshipStrategy;
import io.github.crmstrategy.model.ImmutableRole;
import io.github.crmstrategy.model.ImmutableStrategy;
import io.github.crmstrategy.model.ImmutableTask;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.StrategyArea;
import io.github.crmstrategy.model.Task;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class AlignmentRulesTest {
  static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  // ---- helpers: replace one element of a list by id ----

  private static <T extends io.github.crmstrategy.model.Identified> List<T> replace(
      List<? extends T> list, String id, UnaryOperator<T> change) {
    List<T> out = new ArrayList<>();
    for (T t : list) {
      out.add(t.id().equals(id) ? change.apply(t) : t);
    }
    return out;
  }

  private static PlanDocument crmGoal(String id, UnaryOperator<ImmutableCustomerGoal> change) {
    return withCrm(
        c ->
            c.withGoals(
                replace(
                    crm().goals(),
                    id,
                    (CustomerGoal g) -> change.apply(ImmutableCustomerGoal.copyOf(g)))));
  }

  private static PlanDocument relStrategy(
      String id, UnaryOperator<ImmutableRelationshipStrategy> change) {
    return withCrm(
        c ->
            c.withRelationshipStrategies(
                replace(
                    crm().relationshipStrategies(),
                    id,
                    (RelationshipStrategy s) ->
                        change.apply(ImmutableRelationshipStrategy.copyOf(s)))));
  }

  private static PlanDocument corpStrategy(String id, UnaryOperator<ImmutableStrategy> change) {
    return withCorp(
        c ->
            c.withStrategies(
                replace(
                    corp().strategies(),
                    id,
                    (Strategy s) -> change.apply(ImmutableStrategy.copyOf(s)))));
  }

  private static PlanDocument crmTask(String id, UnaryOperator<ImmutableTask> change) {
    return withCrm(
        c ->
            c.withTasks(
                replace(crm().tasks(), id, (Task t) -> change.apply(ImmutableTask.copyOf(t)))));
  }

  private static PlanDocument corpTask(String id, UnaryOperator<ImmutableTask> change) {
    return withCorp(
        c ->
            c.withTasks(
                replace(corp().tasks(), id, (Task t) -> change.apply(ImmutableTask.copyOf(t)))));
  }

  private static PlanDocument capability(String id, UnaryOperator<ImmutableCapability> change) {
    return withConcept(
        c ->
            c.withCapabilities(
                replace(
                    concept().capabilities(),
                    id,
                    (Capability x) -> change.apply(ImmutableCapability.copyOf(x)))));
  }

  private static PlanDocument milestone(String id, UnaryOperator<ImmutableMilestone> change) {
    return withRoadmap(
        r ->
            r.withMilestones(
                replace(
                    roadmap().milestones(),
                    id,
                    (Milestone m) -> change.apply(ImmutableMilestone.copyOf(m)))));
  }

  private static PlanDocument phase(String id, UnaryOperator<ImmutablePhase> change) {
    return withConcept(
        c ->
            c.withPhases(
                replace(
                    concept().phases(), id, (Phase p) -> change.apply(ImmutablePhase.copyOf(p)))));
  }

  private static PlanDocument governance(UnaryOperator<ImmutableGovernance> change) {
    return withCrm(
        c ->
            c.withGovernance(
                change.apply(ImmutableGovernance.copyOf(crm().governance().orElseThrow()))));
  }

  // ---- the reference plan ----

  @Test
  void referencePlanHasNoAlignmentErrorAndFewWarnings() {
    List<Finding> findings =
        REVIEWER.assess(NORTHWIND).findings().stream()
            .filter(f -> f.ruleId().startsWith("ALIGN-"))
            .toList();
    assertThat(findings).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(findings).filteredOn(f -> f.severity() == Severity.WARNING).hasSizeLessThan(3);
  }

  @Test
  void everyAlignmentRuleIsDescribed() {
    List<RuleDescriptor> rules =
        REVIEWER.rules().stream().filter(r -> r.id().startsWith("ALIGN-")).toList();
    assertThat(rules).hasSize(48);
    assertThat(rules).allMatch(r -> r.category() == Category.ALIGNMENT);
    assertThat(rules).allMatch(r -> !r.rationale().isBlank() && !r.remediation().isBlank());
  }

  // ---- goals ----

  @Test
  void align001CrmGoalSupportingNothing() {
    PlanDocument p = crmGoal("CG1", g -> g.withSupports(List.of()));
    Finding f = assertFires(REVIEWER, p, "ALIGN-001", "crmStrategy.goals[CG1]", "CG1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-001");
  }

  @Test
  void align002CustomerCorporateGoalWithoutCrmGoal() {
    PlanDocument p = crmGoal("CG2", g -> g.withSupports(List.of("G1")));
    assertFires(REVIEWER, p, "ALIGN-002", "corporatePlan.goals[G2]", "G2");
    // near miss: G1 (financial) loses its CRM support, but it is not a customer goal
    assertSilent(REVIEWER, crmGoal("CG1", g -> g.withSupports(List.of("G2"))), "ALIGN-002");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-002");
  }

  @Test
  void align003CrmGoalSupportingOnlyInternalGoals() {
    PlanDocument p = crmGoal("CG1", g -> g.withSupports(List.of("G3")));
    Finding f = assertFires(REVIEWER, p, "ALIGN-003", "crmStrategy.goals[CG1]", "CG1");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertSilent(REVIEWER, crmGoal("CG1", g -> g.withSupports(List.of("G3", "G1"))), "ALIGN-003");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-003");
  }

  @Test
  void align004GoalWithoutStrategy() {
    PlanDocument p = relStrategy("RS1", s -> s.withGoals(List.of("CG1")));
    assertFires(REVIEWER, p, "ALIGN-004", "crmStrategy.goals[CG2]", "CG2");
    UnaryOperator<Strategy> dropG3 = x -> ImmutableStrategy.copyOf(x).withGoals(List.of("G1"));
    PlanDocument corporate =
        withCorp(
            c ->
                c.withStrategies(
                    replace(replace(corp().strategies(), "S-NET", dropG3), "S-FIN", dropG3)));
    assertFires(REVIEWER, corporate, "ALIGN-004", "corporatePlan.goals[G3]", "G3");
    // near miss: one of the two strategies serving G3 drops it
    assertSilent(REVIEWER, corpStrategy("S-NET", s -> s.withGoals(List.of("G1"))), "ALIGN-004");
  }

  // ---- the CRM strategy and the corporate strategies ----

  @Test
  void align005CrmStrategyDetailsNothing() {
    PlanDocument p = withCrm(c -> c.withStrategy(Optional.empty()));
    Finding f = assertFires(REVIEWER, p, "ALIGN-005", "crmStrategy", "crmStrategy.strategy");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-005");
    assertSilent(REVIEWER, plan().withCrmStrategy(Optional.empty()), "ALIGN-005");
  }

  @Test
  void align006CrmStrategyDetailsUnknownStrategy() {
    PlanDocument p = withCrm(c -> c.withStrategy("S-GONE"));
    assertFires(REVIEWER, p, "ALIGN-006", "crmStrategy.strategy", "S-GONE");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-006");
  }

  @Test
  void align007CrmStrategyDetailsNonCrmStrategy() {
    PlanDocument p = withCrm(c -> c.withStrategy("S-MKT"));
    Finding f = assertFires(REVIEWER, p, "ALIGN-007", "crmStrategy.strategy", "S-MKT");
    assertThat(f.message()).contains("marketing");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-007");
  }

  @Test
  void align008NoCrmAreaStrategy() {
    PlanDocument p = corpStrategy("S-CRM", s -> s.withArea(StrategyArea.SALES));
    assertFires(REVIEWER, p, "ALIGN-008", "corporatePlan", "'crm'");
    // near miss: the crm strategy is another one than the one detailed
    assertSilent(REVIEWER, corpStrategy("S-MKT", s -> s.withArea(StrategyArea.CRM)), "ALIGN-008");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-008");
  }

  @Test
  void align009StrategyServingNoGoal() {
    assertFires(
        REVIEWER,
        relStrategy("RS1", s -> s.withGoals(List.of())),
        "ALIGN-009",
        "crmStrategy.relationshipStrategies[RS1]",
        "RS1");
    assertFires(
        REVIEWER,
        corpStrategy("S-FIN", s -> s.withGoals(List.of())),
        "ALIGN-009",
        "corporatePlan.strategies[S-FIN]",
        "S-FIN");
    assertSilent(REVIEWER, relStrategy("RS1", s -> s.withGoals(List.of("CG1"))), "ALIGN-009");
  }

  @Test
  void align010StrategyWithoutTasks() {
    PlanDocument p =
        withCorp(
            c -> c.withTasks(corp().tasks().stream().filter(t -> !t.id().equals("T3")).toList()));
    assertFires(REVIEWER, p, "ALIGN-010", "corporatePlan.strategies[S-FIN]", "S-FIN");
    // near miss: RS1 keeps one of its two tasks
    PlanDocument oneLeft =
        withCrm(
            c -> c.withTasks(crm().tasks().stream().filter(t -> !t.id().equals("CT2")).toList()));
    assertSilent(REVIEWER, oneLeft, "ALIGN-010");
  }

  @Test
  void align011TargetsNonIdealSegment() {
    PlanDocument p = relStrategy("RS1", s -> s.withSegments(List.of("LARGE-CORP", "SME")));
    assertFires(
        REVIEWER, p, "ALIGN-011", "crmStrategy.relationshipStrategies[RS1].segments[SME]", "SME");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-011");
  }

  @Test
  void align012TargetsNoSegment() {
    PlanDocument p = relStrategy("RS1", s -> s.withSegments(List.of()));
    assertFires(REVIEWER, p, "ALIGN-012", "crmStrategy.relationshipStrategies[RS1]", "RS1");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-012");
  }

  // ---- tasks ----

  @Test
  void align013TaskWithoutOwner() {
    assertFires(
        REVIEWER,
        crmTask("CT2", t -> t.withOwner(Optional.empty())),
        "ALIGN-013",
        "crmStrategy.tasks[CT2]",
        "CT2");
    assertFires(
        REVIEWER,
        corpTask("T1", t -> t.withOwner("  ")),
        "ALIGN-013",
        "corporatePlan.tasks[T1]",
        "T1");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-013");
  }

  @Test
  void align014TaskWithoutDueDate() {
    assertFires(
        REVIEWER,
        corpTask("T1", t -> t.withDue(Optional.empty())),
        "ALIGN-014",
        "corporatePlan.tasks[T1]",
        "T1");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-014");
  }

  @Test
  void align015TaskDueAfterHorizon() {
    Finding f =
        assertFires(
            REVIEWER,
            crmTask("CT2", t -> t.withDue(LocalDate.of(2029, 1, 1))),
            "ALIGN-015",
            "crmStrategy.tasks[CT2]",
            "CT2");
    assertThat(f.message()).contains("2029-01-01").contains("2028-12-31");
    assertSilent(REVIEWER, crmTask("CT2", t -> t.withDue(LocalDate.of(2028, 12, 31))), "ALIGN-015");
  }

  @Test
  void align016TaskWithoutStrategy() {
    assertFires(
        REVIEWER,
        crmTask("CT2", t -> t.withStrategy(Optional.empty())),
        "ALIGN-016",
        "crmStrategy.tasks[CT2]",
        "CT2");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-016");
  }

  // ---- concept and roadmap ----

  @Test
  void align017CapabilityRealisingNoTask() {
    PlanDocument p = capability("CAP2", c -> c.withRealizes(List.of()));
    assertFires(REVIEWER, p, "ALIGN-017", "crmConcept.capabilities[CAP2]", "CAP2");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-017");
  }

  @Test
  void align018CrmTaskRealisedByNoCapability() {
    // CAP1 realises CT2 instead of CT1: CT1, which speaks of the system and the data, has none
    PlanDocument p = capability("CAP1", c -> c.withRealizes(List.of("CT2")));
    Finding f = assertFires(REVIEWER, p, "ALIGN-018", "crmStrategy.tasks[CT1]", "CT1");
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    // a capability that realises nothing but is on the task's subject is named by ALIGN-017
    PlanDocument unlinked = capability("CAP2", c -> c.withRealizes(List.of()));
    assertSilent(REVIEWER, unlinked, "ALIGN-018");
    assertThat(REVIEWER.assess(unlinked).findingsOf("ALIGN-017"))
        .singleElement()
        .satisfies(x -> assertThat(x.message()).contains("CRM task CT2"));
    // near miss: without a concept there is nothing to trace (COMP-017 reports the concept)
    assertSilent(REVIEWER, plan().withCrmConcept(Optional.empty()), "ALIGN-018");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-018");
  }

  @Test
  void align019CapabilityWithoutPhase() {
    PlanDocument p = capability("CAP1", c -> c.withPhase(Optional.empty()));
    assertFires(REVIEWER, p, "ALIGN-019", "crmConcept.capabilities[CAP1]", "CAP1");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-019");
  }

  @Test
  void align020MilestoneDeliveringNothing() {
    PlanDocument p = milestone("M2", m -> m.withDelivers(List.of()));
    assertFires(REVIEWER, p, "ALIGN-020", "roadmap.milestones[M2]", "M2");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-020");
  }

  @Test
  void align021CapabilityDeliveredByNoMilestone() {
    PlanDocument p = milestone("M2", m -> m.withDelivers(List.of()));
    assertFires(REVIEWER, p, "ALIGN-021", "crmConcept.capabilities[CAP2]", "CAP2");
    // near miss: without a roadmap there is nothing to trace (COMP-028 reports the roadmap)
    assertSilent(REVIEWER, plan().withRoadmap(Optional.empty()), "ALIGN-021");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-021");
  }

  @Test
  void align022MilestoneWithoutDueDate() {
    PlanDocument p = milestone("M1", m -> m.withDue(Optional.empty()));
    assertFires(REVIEWER, p, "ALIGN-022", "roadmap.milestones[M1]", "M1");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-022");
  }

  @Test
  void align023MilestoneDueAfterHorizon() {
    PlanDocument p = milestone("M2", m -> m.withDue(LocalDate.of(2029, 3, 31)));
    Finding f = assertFires(REVIEWER, p, "ALIGN-023", "roadmap.milestones[M2]", "M2");
    assertThat(f.message()).contains("2029-03-31");
    assertSilent(
        REVIEWER, milestone("M2", m -> m.withDue(LocalDate.of(2028, 12, 31))), "ALIGN-023");
  }

  @Test
  void align024PhaseEndingAfterHorizon() {
    PlanDocument p = phase("P2", x -> x.withEnd(LocalDate.of(2029, 1, 31)));
    Finding f = assertFires(REVIEWER, p, "ALIGN-024", "crmConcept.phases[P2]", "P2");
    assertThat(f.message()).contains("2029-01-31");
    assertSilent(REVIEWER, phase("P2", x -> x.withEnd(LocalDate.of(2028, 12, 31))), "ALIGN-024");
    assertSilent(REVIEWER, phase("P2", x -> x.withEnd(Optional.empty())), "ALIGN-024");
  }

  // ---- vision and governance ----

  @Test
  void align025CrmVisionMissing() {
    PlanDocument p = withCrm(c -> c.withVision(Optional.empty()));
    assertFires(REVIEWER, p, "ALIGN-025", "crmStrategy", "CRM vision");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-025");
  }

  @Test
  void align026CrmVisionUnrelatedToCorporateVision() {
    PlanDocument p = withCrm(c -> c.withVision("Cheap phones for everyone, always on."));
    Finding f = assertFires(REVIEWER, p, "ALIGN-026", "crmStrategy.vision", "CRM vision");
    assertThat(f.message()).contains("shares 0 key terms");
    // near miss: no corporate vision to refer to (COMP-005 reports it)
    PlanDocument noCorporateVision =
        io.github.crmstrategy.model.ImmutablePlanDocument.copyOf(p)
            .withCorporatePlan(
                io.github.crmstrategy.model.ImmutableCorporatePlan.copyOf(corp())
                    .withVision(Optional.empty()));
    assertSilent(REVIEWER, noCorporateVision, "ALIGN-026");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-026");
  }

  @Test
  void align027NoGovernance() {
    PlanDocument p = withCrm(c -> c.withGovernance(Optional.empty()));
    assertFires(REVIEWER, p, "ALIGN-027", "crmStrategy", "governance");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-027");
  }

  @Test
  void align028NoSponsor() {
    PlanDocument p = governance(g -> g.withSponsor(Optional.empty()));
    assertFires(REVIEWER, p, "ALIGN-028", "crmStrategy.governance", "sponsor");
    assertSilent(REVIEWER, NORTHWIND, "ALIGN-028");
  }

  @Test
  void align029TooFewRolesWithHolders() {
    PlanDocument p =
        governance(g -> g.withRoles(List.of(ImmutableRole.builder().role("Data steward").build())));
    Finding f = assertFires(REVIEWER, p, "ALIGN-029", "crmStrategy.governance", "governance");
    assertThat(f.message()).contains("0 roles with a holder (of 1 roles)");
    PlanDocument one =
        governance(
            g ->
                g.withRoles(
                    List.of(
                        ImmutableRole.builder()
                            .role("Data steward")
                            .holder("Head of BI")
                            .build())));
    assertSilent(REVIEWER, one, "ALIGN-029");
  }
}
