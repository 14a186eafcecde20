package io.github.crmstrategy.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.ImmutableCapability;
import io.github.crmstrategy.model.ImmutableCorporatePlan;
import io.github.crmstrategy.model.ImmutableCrmConcept;
import io.github.crmstrategy.model.ImmutableCrmStrategy;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutableCustomerBase;
import io.github.crmstrategy.model.ImmutableCustomerGoal;
import io.github.crmstrategy.model.ImmutableIndicator;
import io.github.crmstrategy.model.ImmutableMilestone;
import io.github.crmstrategy.model.ImmutableOffering;
import io.github.crmstrategy.model.ImmutableOrganization;
import io.github.crmstrategy.model.ImmutablePeerProfile;
import io.github.crmstrategy.model.ImmutablePhase;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRelationshipStrategy;
import io.github.crmstrategy.model.ImmutableRoadmap;
import io.github.crmstrategy.model.ImmutableSegment;
import io.github.crmstrategy.model.ImmutableStrategicGoal;
import io.github.crmstrategy.model.ImmutableStrategy;
import io.github.crmstrategy.model.ImmutableTask;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.testing.PlanGenerators;
import io.github.crmstrategy.testing.SamplePlans;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * One example per validation rule: a plan that breaks it (exact path and message) and a near miss
 * that does not. The base plan is {@code PlanGenerators.scaled(1)}, the reference's shape with ids
 * G1..G3, S-CRM1, CG1, CG2, CLV1, RS1, CT1, LARGE-CORP1, CAP1, P1, M1...
 */
class PlanValidatorTest {
  private static final PlanDocument BASE = PlanGenerators.scaled(1);

  // ---- reference document and missing parts ----

  @Test
  void referenceDocumentIsValid() throws Exception {
    PlanDocument plan = PlanDocuments.read(SamplePlans.REFERENCE_FILE).plan();
    assertThat(PlanValidator.validate(plan)).isEmpty();
  }

  @Test
  void baseIsValid() {
    assertThat(PlanValidator.validate(BASE)).isEmpty();
  }

  @Test
  void missingPartsAreValid() {
    PlanDocument minimal =
        PlanDocument.builder()
            .formatVersion(PlanDocument.CURRENT_FORMAT_VERSION)
            .organization(Organization.builder().name("Acme").build())
            .build();
    assertThat(PlanValidator.validate(minimal)).isEmpty();
    PlanDocument noLinks =
        crm(
            c ->
                c.withStrategy(Optional.empty())
                    .withGovernance(Optional.empty())
                    .withVision(Optional.empty())
                    .withGoals(
                        replace(
                            c.goals(),
                            0,
                            g ->
                                ImmutableCustomerGoal.copyOf(g)
                                    .withSupports(List.of())
                                    .withIndicators(List.of()))));
    assertThat(PlanValidator.validate(noLinks)).isEmpty();
  }

  @Test
  void datesAfterTheHorizonAreValid() {
    PlanDocument plan =
        crmIndicator(
            i -> i.withTarget(Target.builder().value(2000).due(LocalDate.of(2040, 1, 1)).build()));
    assertThat(PlanValidator.validate(plan)).isEmpty();
  }

  // ---- numbers and names ----

  @Test
  void unsupportedFormatVersion() {
    assertOne(
        ImmutablePlanDocument.copyOf(BASE).withFormatVersion(2),
        "formatVersion",
        "Format version 2 is not supported",
        "Set formatVersion to 1, the supported version");
    assertValid(ImmutablePlanDocument.copyOf(BASE).withFormatVersion(1));
  }

  @Test
  void blankOrganizationName() {
    assertOne(
        organization(o -> o.withName("  ")),
        "organization.name",
        "The organization name is blank",
        "Write the company name");
    assertValid(organization(o -> o.withName("X")));
  }

  @Test
  void negativeEmployees() {
    assertOne(
        organization(o -> o.withEmployees(-1)),
        "organization.employees",
        "Organization 'Northwind Telecom' has -1 employees; the number cannot be negative",
        "Write the number of employees (0 or more), or leave it out");
    assertValid(organization(o -> o.withEmployees(0)));
  }

  @Test
  void nonFiniteBaseline() {
    assertOne(
        crmIndicator(i -> i.withBaseline(Baseline.builder().value(Double.NaN).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].baseline.value",
        "Baseline value of indicator 'CLV1' is NaN, not a finite number",
        "Write a finite number");
    assertValid(crmIndicator(i -> i.withBaseline(Baseline.builder().value(-1e18).build())));
    assertOne(
        crmIndicator(i -> i.withBaseline(Baseline.builder().value(-1e300).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].baseline.value",
        "Baseline value of indicator 'CLV1' is -1.0E300, beyond the largest size a plan value may"
            + " have (1e18)",
        "Write the value in a larger unit (thousands, millions) and name it in the indicator's"
            + " unit");
  }

  @Test
  void nonFiniteTarget() {
    assertOne(
        crmIndicator(i -> i.withTarget(Target.builder().value(Double.POSITIVE_INFINITY).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].target.value",
        "Target value of indicator 'CLV1' is Infinity, not a finite number",
        "Write a finite number");
    assertValid(crmIndicator(i -> i.withTarget(Target.builder().value(1e18).build())));
    assertThat(
            PlanValidator.validate(
                crmIndicator(i -> i.withTarget(Target.builder().value(Double.MAX_VALUE).build()))))
        .singleElement()
        .asString()
        .contains("beyond the largest size a plan value may have");
  }

  @Test
  void nonFiniteHistory() {
    LocalDate date = LocalDate.of(2024, 12, 31);
    assertOne(
        crmIndicator(
            i -> i.withHistory(Observation.builder().asOf(date).value(Double.NaN).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].history[2024-12-31].value",
        "History value of indicator 'CLV1' as of 2024-12-31 is NaN, not a finite number",
        "Write a finite number");
    assertValid(
        crmIndicator(i -> i.withHistory(Observation.builder().asOf(date).value(0).build())));
  }

  @Test
  void nonFiniteBenchmark() {
    assertOne(
        crmIndicator(
            i -> i.withBenchmark(Benchmark.builder().peerMedian(Double.NEGATIVE_INFINITY).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].benchmark.peerMedian",
        "Benchmark peer median of indicator 'CLV1' is -Infinity, not a finite number",
        "Write a finite number");
    assertOne(
        crmIndicator(i -> i.withBenchmark(Benchmark.builder().topQuartile(Double.NaN).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].benchmark.topQuartile",
        "Benchmark top quartile of indicator 'CLV1' is NaN, not a finite number",
        "Write a finite number");
    assertValid(crmIndicator(i -> i.withBenchmark(Benchmark.builder().topQuartile(0).build())));
  }

  @Test
  void selfAssessmentOutsideOneToFive() {
    assertOne(
        state(s -> s.withSelfAssessment(Map.of(BuildingBlock.VISION, 0))),
        "currentState.selfAssessment.vision",
        "Self-assessed maturity for building block 'vision' is 0, outside 1..5",
        "Use a level from 1 (initial) to 5 (optimising)");
    assertOne(
        state(s -> s.withSelfAssessment(Map.of(BuildingBlock.CUSTOMER_EXPERIENCE, 6))),
        "currentState.selfAssessment.customerExperience",
        "Self-assessed maturity for building block 'customerExperience' is 6, outside 1..5",
        "Use a level from 1 (initial) to 5 (optimising)");
    assertValid(
        state(
            s -> s.withSelfAssessment(Map.of(BuildingBlock.VISION, 1, BuildingBlock.METRICS, 5))));
  }

  @Test
  void peerMaturityOutsideOneToFive() {
    assertOne(
        state(
            s ->
                s.withPeers(
                    ImmutablePeerProfile.copyOf(s.peers().get(0))
                        .withMaturity(Map.of(BuildingBlock.METRICS, 6)))),
        "currentState.peers[Regional operators median 1].maturity.metrics",
        "Maturity of peer 'Regional operators median 1' for building block 'metrics' is 6,"
            + " outside 1..5",
        "Use a level from 1 (initial) to 5 (optimising)");
    assertValid(
        state(
            s ->
                s.withPeers(
                    ImmutablePeerProfile.copyOf(s.peers().get(0))
                        .withMaturity(Map.of(BuildingBlock.METRICS, 5)))));
  }

  // ---- dates ----

  @Test
  void horizonEndBeforeStart() {
    LocalDate start = LocalDate.of(2026, 1, 1);
    assertOne(
        ImmutablePlanDocument.copyOf(BASE)
            .withHorizon(Horizon.builder().start(start).end(start.minusDays(1)).build()),
        "horizon.end",
        "The horizon ends on 2025-12-31, before it starts on 2026-01-01",
        "Set the end on or after the start (were the two dates swapped?)");
    assertValid(
        ImmutablePlanDocument.copyOf(BASE)
            .withHorizon(Horizon.builder().start(start).end(start).build()));
  }

  @Test
  void phaseEndBeforeStart() {
    LocalDate start = LocalDate.of(2026, 10, 1);
    assertOne(
        phase(1, p -> p.withStart(start).withEnd(LocalDate.of(2026, 9, 1))),
        "crmConcept.phases[P2].end",
        "Phase 'P2' ends on 2026-09-01, before it starts on 2026-10-01",
        "Set the end on or after the start (were the two dates swapped?)");
    assertValid(phase(1, p -> p.withStart(start).withEnd(start)));
  }

  @Test
  void historyAfterBaseline() {
    LocalDate baseline = LocalDate.of(2025, 12, 31);
    assertOne(
        crmIndicator(
            i -> i.withHistory(Observation.builder().asOf(baseline.plusDays(1)).value(1).build())),
        "crmStrategy.goals[CG1].indicators[CLV1].history[2026-01-01]",
        "History value of indicator 'CLV1' is dated 2026-01-01, after its baseline as of"
            + " 2025-12-31",
        "History holds measurements taken before the baseline: correct the date, or make the newer"
            + " value the baseline");
    assertValid(
        crmIndicator(i -> i.withHistory(Observation.builder().asOf(baseline).value(1).build())));
    // Without a baseline date there is nothing to compare with.
    assertValid(
        crmIndicator(
            i ->
                i.withBaseline(Baseline.builder().value(1).build())
                    .withHistory(
                        Observation.builder().asOf(baseline.plusYears(5)).value(1).build())));
  }

  // ---- ids ----

  @Test
  void emptyId() {
    assertOne(
        corporateTask(2, t -> t.withId("")),
        "corporatePlan.tasks[]",
        "The id of this corporate task is empty",
        "Give it a non-empty id that is unique in the document");
    assertOne(
        corporateTask(2, t -> t.withId(" ")),
        "corporatePlan.tasks[ ]",
        "The id of this corporate task is empty",
        "Give it a non-empty id that is unique in the document");
    assertValid(corporateTask(2, t -> t.withId("_")));
  }

  @Test
  void duplicateIdInTheSameList() {
    PlanDocument plan = corporateTask(1, t -> t.withId("T1"));
    List<Problem> problems = PlanValidator.validate(plan);
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path().jsonPointer()).contains("/corporatePlan/tasks/1");
    assertOne(
        plan,
        "corporatePlan.tasks[T1]",
        "Duplicate id 'T1': this corporate task has the same id as the corporate task at"
            + " corporatePlan.tasks[T1] (an earlier element of the same list)",
        "Ids must be unique across the whole document because references use them: rename one of"
            + " the two (and the references to it)");
    // Ids are case-sensitive.
    assertValid(corporateTask(1, t -> t.withId("t1")));
  }

  @Test
  void duplicateIdAcrossKinds() {
    assertOne(
        segment(1, s -> s.withId("CG2")),
        "crmStrategy.customerBase.segments[CG2]",
        "Duplicate id 'CG2': this segment has the same id as the CRM goal at crmStrategy.goals[CG2]",
        "Ids must be unique across the whole document because references use them: rename one of"
            + " the two (and the references to it)");
    assertValid(segment(1, s -> s.withId("CG3")));
  }

  @Test
  void duplicateIdIsReportedOnceEvenWhenReferenced() {
    // SME1 renamed to RS1: the CRM tasks that refer to relationship strategy RS1 still resolve.
    assertThat(PlanValidator.validate(segment(1, s -> s.withId("RS1"))))
        .extracting(p -> p.path().toString())
        .containsExactly("crmStrategy.customerBase.segments[RS1]");
  }

  @Test
  void duplicateIndicatorId() {
    assertOne(
        crmIndicator(i -> i.withId("G1-REV")),
        "crmStrategy.goals[CG1].indicators[G1-REV]",
        "Duplicate id 'G1-REV': this indicator has the same id as the indicator at"
            + " corporatePlan.goals[G1].indicators[G1-REV]",
        "Ids must be unique across the whole document because references use them: rename one of"
            + " the two (and the references to it)");
  }

  // ---- references: one dangling example and one near miss per kind ----

  @Test
  void goalSwotMustNameSwotItem() {
    assertOne(
        corporate(
            c ->
                c.withGoals(
                    replace(
                        c.goals(), 0, g -> ImmutableStrategicGoal.copyOf(g).withSwot("THREAT-9")))),
        "corporatePlan.goals[G1].swot[THREAT-9]",
        "Corporate goal 'G1' refers to SWOT item 'THREAT-9', which does not exist",
        "Refer to an existing SWOT item (SW-S1, SW-W1, SW-O1, SW-T1), or remove the reference");
    assertValid(
        corporate(
            c ->
                c.withGoals(
                    replace(
                        c.goals(), 0, g -> ImmutableStrategicGoal.copyOf(g).withSwot("SW-W1")))));
  }

  @Test
  void strategyGoalsMustNameCorporateGoals() {
    assertOne(
        corporate(
            c ->
                c.withStrategies(
                    replace(
                        c.strategies(),
                        1,
                        s -> ImmutableStrategy.copyOf(s).withGoals("G3", "G33")))),
        "corporatePlan.strategies[S-NET1].goals[G33]",
        "Corporate strategy 'S-NET1' refers to corporate goal 'G33', which does not exist",
        "Refer to an existing corporate goal: did you mean 'G3'?");
    assertValid(
        corporate(
            c ->
                c.withStrategies(
                    replace(
                        c.strategies(),
                        1,
                        s -> ImmutableStrategy.copyOf(s).withGoals("G3", "G2")))));
  }

  @Test
  void corporateTaskStrategyMustNameCorporateStrategy() {
    assertOne(
        corporateTask(0, t -> t.withStrategy("S-NET")),
        "corporatePlan.tasks[T1].strategy",
        "Corporate task 'T1' refers to corporate strategy 'S-NET', which does not exist",
        "Refer to an existing corporate strategy: did you mean 'S-NET1'?");
    assertValid(corporateTask(0, t -> t.withStrategy("S-FIN1")));
  }

  @Test
  void crmStrategyMustNameCorporateStrategy() {
    assertOne(
        crm(c -> c.withStrategy("S-CRM")),
        "crmStrategy.strategy",
        "The CRM strategy refers to corporate strategy 'S-CRM', which does not exist",
        "Refer to an existing corporate strategy: did you mean 'S-CRM1'?");
    assertValid(crm(c -> c.withStrategy("S-MKT1")));
  }

  @Test
  void customerGoalSupportsMustNameCorporateGoals() {
    PlanDocument plan = crmGoal(0, g -> g.withSupports("G9"));
    assertOne(
        plan,
        "crmStrategy.goals[CG1].supports[G9]",
        "CRM goal 'CG1' refers to corporate goal 'G9', which does not exist",
        "Refer to an existing corporate goal: did you mean 'G1'?");
    assertThat(PlanValidator.validate(plan).get(0).path().jsonPointer())
        .contains("/crmStrategy/goals/0/supports/0");
    assertValid(crmGoal(0, g -> g.withSupports("G3")));
  }

  @Test
  void relationshipStrategyGoalsMustNameCrmGoals() {
    assertOne(
        relationship(r -> r.withGoals("CG1", "G2")),
        "crmStrategy.relationshipStrategies[RS1].goals[G2]",
        "Relationship strategy 'RS1' refers to 'G2' as a CRM goal, but it is a corporate goal"
            + " (corporatePlan.goals[G2])",
        "Refer to an existing CRM goal: did you mean 'CG2'?");
    assertValid(relationship(r -> r.withGoals("CG2")));
  }

  @Test
  void relationshipStrategySegmentsMustNameSegments() {
    assertOne(
        relationship(r -> r.withSegments("Large corporations")),
        "crmStrategy.relationshipStrategies[RS1].segments[Large corporations]",
        "Relationship strategy 'RS1' refers to segment 'Large corporations', which does not exist",
        "Refer to an existing segment (LARGE-CORP1, SME1), or remove the reference");
    assertValid(relationship(r -> r.withSegments("SME1", "LARGE-CORP1")));
  }

  @Test
  void crmTaskStrategyMustNameRelationshipStrategy() {
    assertOne(
        crm(
            c ->
                c.withTasks(
                    replace(c.tasks(), 1, t -> ImmutableTask.copyOf(t).withStrategy("S-CRM1")))),
        "crmStrategy.tasks[CT2].strategy",
        "CRM task 'CT2' refers to 'S-CRM1' as a relationship strategy, but it is a corporate"
            + " strategy (corporatePlan.strategies[S-CRM1])",
        "Refer to an existing relationship strategy (RS1), or remove the reference");
    assertValid(
        crm(
            c ->
                c.withTasks(
                    replace(c.tasks(), 1, t -> ImmutableTask.copyOf(t).withStrategy("RS1")))));
  }

  @Test
  void offeringSegmentMustNameSegment() {
    assertOne(
        offering(o -> o.withSegment("large-corp1")),
        "crmStrategy.customerBase.offerings[Corporate mobile tariff 1].segment",
        "Offering 'Corporate mobile tariff 1' refers to segment 'large-corp1', which does not"
            + " exist",
        "Refer to an existing segment: did you mean 'LARGE-CORP1'?");
    assertValid(offering(o -> o.withSegment("SME1")));
  }

  @Test
  void offeringWithoutProductIsKeyedByPosition() {
    assertOne(
        offering(o -> o.withProduct(Optional.empty()).withSegment("NONE")),
        "crmStrategy.customerBase.offerings[0].segment",
        "Offering 1 refers to segment 'NONE', which does not exist",
        "Refer to an existing segment (LARGE-CORP1, SME1), or remove the reference");
  }

  @Test
  void capabilityRealizesMustNameCrmTasks() {
    assertOne(
        capability(0, c -> c.withRealizes("T1")),
        "crmConcept.capabilities[CAP1].realizes[T1]",
        "Capability 'CAP1' refers to 'T1' as a CRM task, but it is a corporate task"
            + " (corporatePlan.tasks[T1])",
        "Refer to an existing CRM task: did you mean 'CT1'?");
    assertValid(capability(0, c -> c.withRealizes("CT1", "CT2")));
  }

  @Test
  void capabilityPhaseMustNamePhase() {
    assertOne(
        capability(1, c -> c.withPhase("P3")),
        "crmConcept.capabilities[CAP2].phase",
        "Capability 'CAP2' refers to phase 'P3', which does not exist",
        "Refer to an existing phase: did you mean 'P1'?");
    assertValid(capability(1, c -> c.withPhase("P1")));
  }

  @Test
  void milestoneDeliversMustNameCapabilities() {
    assertOne(
        milestone(m -> m.withDelivers("CAP1", "CT1")),
        "roadmap.milestones[M1].delivers[CT1]",
        "Milestone 'M1' refers to 'CT1' as a capability, but it is a CRM task"
            + " (crmStrategy.tasks[CT1])",
        "Refer to an existing capability (CAP1, CAP2), or remove the reference");
    assertValid(milestone(m -> m.withDelivers("CAP2")));
  }

  @Test
  void referenceToKindWithNoElementsSuggestsAddingOne() {
    PlanDocument plan =
        crmGoal(0, g -> g.withSupports("G1"))
            .withCorporatePlan(
                ImmutableCorporatePlan.copyOf(BASE.corporatePlan().get())
                    .withGoals(List.of())
                    .withStrategies(List.of())
                    .withTasks(List.of()));
    List<Problem> problems = PlanValidator.validate(plan);
    assertThat(problems).isNotEmpty();
    assertThat(problems.get(0).hint())
        .isEqualTo("Add a corporate strategy with this id, or remove the reference");
  }

  // ---- collecting ----

  @Test
  void collectsAllProblemsInDocumentOrder() {
    PlanDocument plan =
        ImmutablePlanDocument.copyOf(milestone(m -> m.withDelivers("NOPE")))
            .withFormatVersion(7)
            .withCrmStrategy(
                ImmutableCrmStrategy.copyOf(BASE.crmStrategy().get()).withStrategy("S-X"));
    assertThat(PlanValidator.validate(plan))
        .extracting(p -> p.path().toString())
        .containsExactly(
            "formatVersion", "crmStrategy.strategy", "roadmap.milestones[M1].delivers[NOPE]");
  }

  // ---- links of the current state, the concept and what strategies address ----

  @Test
  void addressesNamesAnEnvironmentStatementSwotItemCompetitorOrInitiative() {
    assertOne(
        corporate(
            c ->
                c.withStrategies(
                    replace(
                        c.strategies(),
                        0,
                        s -> ImmutableStrategy.copyOf(s).withAddresses("SW-T1", "SW-X9")))),
        "corporatePlan.strategies[S-CRM1].addresses[SW-X9]",
        "Corporate strategy 'S-CRM1' addresses 'SW-X9', which does not exist",
        "Refer to an environment statement, SWOT item, competitor or prior initiative: did you"
            + " mean 'SW-S1'?");
    assertOne(
        relationship(r -> r.withAddresses("CG1")),
        "crmStrategy.relationshipStrategies[RS1].addresses[CG1]",
        "Relationship strategy 'RS1' addresses 'CG1', a CRM goal (crmStrategy.goals[CG1]);"
            + " addresses names an environment statement, SWOT item, competitor or prior"
            + " initiative",
        "Refer to the id of an environment statement, SWOT item, competitor or prior initiative"
            + " (give competitors and prior initiatives an id to refer to them)");
    assertValid(
        state(
                s ->
                    s.withCompetitors(
                        replace(
                            s.competitors(),
                            0,
                            c ->
                                io.github.crmstrategy.model.ImmutableCompetitor.copyOf(c)
                                    .withId("BLUEWAVE")
                                    .withAheadOn("selfService"))))
            .withCrmStrategy(
                ImmutableCrmStrategy.copyOf(BASE.crmStrategy().orElseThrow())
                    .withTasks(
                        replace(
                            BASE.crmStrategy().orElseThrow().tasks(),
                            0,
                            t -> ImmutableTask.copyOf(t).withAddresses("BLUEWAVE", "ENV2")))));
  }

  @Test
  void reusesNamesAReusableResultOfAPriorInitiative() {
    assertOne(
        capability(0, c -> c.withReuses("Customer master data model", "Acount hierarchy")),
        "crmConcept.capabilities[CAP1].reuses[Acount hierarchy]",
        "Capability 'CAP1' reuses 'Acount hierarchy', which no prior initiative lists as a reusable"
            + " result",
        "Write the result as the prior initiative lists it: did you mean 'Account hierarchy'?");
    assertOne(
        corporateTask(0, t -> t.withReuses("Tariff catalogue")),
        "corporatePlan.tasks[T1].reuses[Tariff catalogue]",
        "Corporate task 'T1' reuses 'Tariff catalogue', which no prior initiative lists as a"
            + " reusable result",
        "Write one of the prior initiatives' reusable results: Customer master data model,"
            + " Account hierarchy");
  }

  @Test
  void dependsOnAndDrivesNameExistingCapabilitiesAndIndicators() {
    assertOne(
        capability(0, c -> c.withDependsOn("CAP1")),
        "crmConcept.capabilities[CAP1].dependsOn[CAP1]",
        "Capability 'CAP1' depends on itself",
        "Remove the entry: dependsOn names the capabilities that must be live before this one");
    assertOne(
        capability(0, c -> c.withDrives("CLV9")),
        "crmConcept.capabilities[CAP1].drives[CLV9]",
        "Capability 'CAP1' refers to indicator 'CLV9', which does not exist",
        "Refer to an existing indicator: did you mean 'CLV1'?");
    assertValid(capability(0, c -> c.withDrives("CLV1").withCovers("analytics")));
  }

  @Test
  void currentAssetsNeedIdsOfTheirOwn() {
    io.github.crmstrategy.model.CurrentAsset billing =
        io.github.crmstrategy.model.CurrentAsset.builder()
            .id("SYS1")
            .name("Billing")
            .addCovers("billing", "customerData")
            .integration(io.github.crmstrategy.model.Integration.SILOED)
            .build();
    assertValid(state(s -> s.withSystems(billing)));
    assertOne(
        state(
            s ->
                s.withSystems(billing)
                    .withPractices(
                        io.github.crmstrategy.model.CurrentAsset.builder()
                            .id("SYS1")
                            .name("Reviews")
                            .build())),
        "currentState.practices[SYS1]",
        "Duplicate id 'SYS1': this practice has the same id as the system at"
            + " currentState.systems[SYS1]",
        "Ids must be unique across the whole document because references use them: rename one"
            + " of the two (and the references to it)");
  }

  // ---- helpers ----

  private static void assertOne(PlanDocument plan, String path, String message, String hint) {
    List<Problem> problems = PlanValidator.validate(plan);
    assertThat(problems).hasSize(1);
    Problem problem = problems.get(0);
    assertThat(problem.path()).isEqualTo(ElementPath.parse(path));
    assertThat(problem.path().toString()).isEqualTo(path);
    assertThat(problem.path().jsonPointer()).isPresent();
    assertThat(problem.message()).isEqualTo(message);
    assertThat(problem.hint()).isEqualTo(hint);
  }

  private static void assertValid(PlanDocument plan) {
    assertThat(PlanValidator.validate(plan)).isEmpty();
  }

  private static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
    List<T> copy = new ArrayList<>(list);
    copy.set(index, change.apply(copy.get(index)));
    return copy;
  }

  private static ImmutablePlanDocument organization(UnaryOperator<ImmutableOrganization> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withOrganization(change.apply(ImmutableOrganization.copyOf(BASE.organization())));
  }

  private static ImmutablePlanDocument corporate(UnaryOperator<ImmutableCorporatePlan> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withCorporatePlan(
            change.apply(ImmutableCorporatePlan.copyOf(BASE.corporatePlan().orElseThrow())));
  }

  private static ImmutablePlanDocument corporateTask(
      int index, UnaryOperator<ImmutableTask> change) {
    return corporate(
        c -> c.withTasks(replace(c.tasks(), index, t -> change.apply(ImmutableTask.copyOf(t)))));
  }

  private static ImmutablePlanDocument crm(UnaryOperator<ImmutableCrmStrategy> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withCrmStrategy(
            change.apply(ImmutableCrmStrategy.copyOf(BASE.crmStrategy().orElseThrow())));
  }

  private static ImmutablePlanDocument crmGoal(
      int index, UnaryOperator<ImmutableCustomerGoal> change) {
    return crm(
        c ->
            c.withGoals(
                replace(c.goals(), index, g -> change.apply(ImmutableCustomerGoal.copyOf(g)))));
  }

  private static ImmutablePlanDocument crmIndicator(UnaryOperator<ImmutableIndicator> change) {
    return crmGoal(
        0,
        g ->
            g.withIndicators(
                replace(g.indicators(), 0, i -> change.apply(ImmutableIndicator.copyOf(i)))));
  }

  private static ImmutablePlanDocument relationship(
      UnaryOperator<ImmutableRelationshipStrategy> change) {
    return crm(
        c ->
            c.withRelationshipStrategies(
                replace(
                    c.relationshipStrategies(),
                    0,
                    r -> change.apply(ImmutableRelationshipStrategy.copyOf(r)))));
  }

  private static ImmutablePlanDocument customerBase(UnaryOperator<ImmutableCustomerBase> change) {
    return crm(
        c ->
            c.withCustomerBase(change.apply(ImmutableCustomerBase.copyOf(c.customerBase().get()))));
  }

  private static ImmutablePlanDocument segment(int index, UnaryOperator<ImmutableSegment> change) {
    return customerBase(
        b ->
            b.withSegments(
                replace(b.segments(), index, s -> change.apply(ImmutableSegment.copyOf(s)))));
  }

  private static ImmutablePlanDocument offering(UnaryOperator<ImmutableOffering> change) {
    return customerBase(
        b ->
            b.withOfferings(
                replace(b.offerings(), 0, o -> change.apply(ImmutableOffering.copyOf(o)))));
  }

  private static ImmutablePlanDocument concept(UnaryOperator<ImmutableCrmConcept> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withCrmConcept(change.apply(ImmutableCrmConcept.copyOf(BASE.crmConcept().orElseThrow())));
  }

  private static ImmutablePlanDocument capability(
      int index, UnaryOperator<ImmutableCapability> change) {
    return concept(
        c ->
            c.withCapabilities(
                replace(
                    c.capabilities(), index, x -> change.apply(ImmutableCapability.copyOf(x)))));
  }

  private static ImmutablePlanDocument phase(int index, UnaryOperator<ImmutablePhase> change) {
    return concept(
        c -> c.withPhases(replace(c.phases(), index, p -> change.apply(ImmutablePhase.copyOf(p)))));
  }

  private static ImmutablePlanDocument state(UnaryOperator<ImmutableCurrentState> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withCurrentState(
            change.apply(ImmutableCurrentState.copyOf(BASE.currentState().orElseThrow())));
  }

  private static ImmutablePlanDocument milestone(UnaryOperator<ImmutableMilestone> change) {
    return ImmutablePlanDocument.copyOf(BASE)
        .withRoadmap(
            ImmutableRoadmap.copyOf(BASE.roadmap().orElseThrow())
                .withMilestones(
                    replace(
                        BASE.roadmap().orElseThrow().milestones(),
                        0,
                        m -> change.apply(ImmutableMilestone.copyOf(m)))));
  }
}
