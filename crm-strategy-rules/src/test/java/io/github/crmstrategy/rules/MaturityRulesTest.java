package io.github.crmstrategy.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.document.DocumentFormat;
import io.github.crmstrategy.document.PlanDocuments;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.CompetitivePosition;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.ImmutableCrmConcept;
import io.github.crmstrategy.model.ImmutableCurrentState;
import io.github.crmstrategy.model.ImmutablePlanDocument;
import io.github.crmstrategy.model.ImmutableRoadmap;
import io.github.crmstrategy.model.InitiativeOutcome;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.samples.Samples;
import io.github.crmstrategy.testing.SamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The maturity model on the bundled samples and on plans from other industries, read as a
 * consultant would: today's levels rest on today's evidence only, the target on what the plan
 * delivers, and every level says what holds it.
 */
class MaturityRulesTest {
  private static final Reviewer REVIEWER = Reviewer.withDefaultRules();
  private static final PlanDocument NORTHWIND = AlignmentFixtures.NORTHWIND;

  static PlanDocument testPlan(String name) {
    String resource = "/io/github/crmstrategy/rules/maturity/" + name + ".yaml";
    try (InputStream in = MaturityRulesTest.class.getResourceAsStream(resource)) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return PlanDocuments.read(text, resource, DocumentFormat.YAML).plan();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (io.github.crmstrategy.document.InvalidPlanException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PlanDocument sample(String name) {
    try {
      return SamplePlans.load(name).plan();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImmutableCurrentState state(PlanDocument plan) {
    return ImmutableCurrentState.copyOf(plan.currentState().orElseThrow());
  }

  private static PlanDocument withState(PlanDocument plan, ImmutableCurrentState s) {
    return ImmutablePlanDocument.copyOf(plan).withCurrentState(s);
  }

  private static int current(AssessmentReport r, BuildingBlock b) {
    return r.maturity().current().blocks().get(b).level();
  }

  private static int target(AssessmentReport r, BuildingBlock b) {
    return r.maturity().target().blocks().get(b).level();
  }

  private static int maxLevel(MaturityProfile p) {
    return p.blocks().values().stream().mapToInt(BlockMaturity::level).max().orElseThrow();
  }

  // ---- the reference plan ----

  @Test
  void theReferencePlanIsManagedTodayWithItsSplitCustomerDataAndDefinedAtItsHorizon() {
    AssessmentReport r = REVIEWER.assess(NORTHWIND);
    MaturityResult m = r.maturity();
    assertThat(current(r, BuildingBlock.INFORMATION)).isLessThanOrEqualTo(2);
    assertThat(current(r, BuildingBlock.TECHNOLOGY)).isLessThanOrEqualTo(2);
    assertThat(m.current().level()).isLessThanOrEqualTo(2);
    assertThat(target(r, BuildingBlock.INFORMATION))
        .isGreaterThan(current(r, BuildingBlock.INFORMATION));
    assertThat(target(r, BuildingBlock.TECHNOLOGY))
        .isGreaterThan(current(r, BuildingBlock.TECHNOLOGY));
    assertThat(m.target().level()).isGreaterThan(m.current().level());
    // The SWOT weakness is what holds information today, and the explanation names it.
    assertThat(m.current().blocks().get(BuildingBlock.INFORMATION).heldBy())
        .anySatisfy(
            h -> {
              assertThat(h.kind()).isEqualTo(MaturityHold.Kind.CAP);
              assertThat(h.text()).contains("Customer data split across three billing systems");
              assertThat(h.path()).hasToString("corporatePlan.swot.weaknesses[SW-W1]");
            });
    assertThat(m.current().explanation()).startsWith("Overall level " + m.current().level());
  }

  @Test
  void theReferencePlanIsNeverToldToRaiseItsSelfAssessmentOnPlannedWork() {
    AssessmentReport r = REVIEWER.assess(NORTHWIND);
    // Only metrics: five indicators with baselines and two years of history, a reporting warehouse
    // since 2019 and a monthly revenue review since 2022 are in place today.
    assertThat(r.findingsOf("MAT-004"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("currentState.selfAssessment.metrics");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.message())
                  .contains("SYS-BI")
                  .doesNotContain("CAP1")
                  .doesNotContain("M1");
            });
    assertThat(r.findingsOf("MAT-002")).isEmpty();
    assertThat(r.findingsOf("MAT-007")).isEmpty();
  }

  @Test
  void everyBlockBelowLevelFiveSaysWhatHoldsIt() {
    for (String name : Samples.names()) {
      MaturityResult m = REVIEWER.assess(sample(name)).maturity();
      for (MaturityProfile p : List.of(m.current(), m.target())) {
        for (BlockMaturity b : p.blocks().values()) {
          assertThat(b.heldBy().isEmpty()).as("%s %s", name, b.block()).isEqualTo(b.level() == 5);
          assertThat(b.evidence())
              .as("%s %s", name, b.block())
              .allSatisfy(e -> assertThat(e.detail()).isNotBlank());
        }
        assertThat(p.explanation()).contains("Overall level " + p.level());
      }
    }
  }

  // ---- today is today ----

  @Test
  void aPlanWhoseCurrentStateListsNothingInUseIsInitialTodayAndGetsOneFindingAskingForEvidence() {
    AssessmentReport r = REVIEWER.assess(testPlan("no-evidence"));
    assertThat(r.maturity().current().level()).isEqualTo(1);
    assertThat(maxLevel(r.maturity().current())).isEqualTo(1);
    assertThat(r.findingsOf("MAT-006"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("currentState");
              assertThat(f.message()).contains("8 of 8 building blocks stay at level 1");
            });
    // The self-assessment at 3 and the peers are unsupported, not contradicted: one finding, not
    // one per block.
    assertThat(r.findingsOf("MAT-002")).isEmpty();
    assertThat(r.findingsOf("MAT-003")).isEmpty();
  }

  @Test
  void aPlanWithoutACurrentStateIsInitialTodayAndIsAskedForOne() {
    PlanDocument bare = ImmutablePlanDocument.copyOf(NORTHWIND).withCurrentState(Optional.empty());
    AssessmentReport r = REVIEWER.assess(bare);
    assertThat(r.maturity().current().level()).isEqualTo(1);
    assertThat(r.findingsOf("MAT-006")).isEmpty();
    assertThat(r.findings())
        .filteredOn(f -> f.ruleId().equals("COMP-023"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).containsIgnoringCase("current situation"));
  }

  @Test
  void plannedCapabilitiesMilestonesAndTargetsNeverRaiseTodaysLevels() {
    AssessmentReport with = REVIEWER.assess(NORTHWIND);
    PlanDocument withoutPlans =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withCrmConcept(Optional.empty())
            .withRoadmap(Optional.empty());
    AssessmentReport without = REVIEWER.assess(withoutPlans);
    for (BuildingBlock b : BuildingBlock.values()) {
      assertThat(current(without, b)).as("today's %s", b).isEqualTo(current(with, b));
    }
    // The target falls without the concept: no integrated customer record is delivered.
    assertThat(target(without, BuildingBlock.INFORMATION))
        .isLessThan(target(with, BuildingBlock.INFORMATION));
    assertThat(without.maturity().target().blocks().get(BuildingBlock.INFORMATION).heldBy())
        .extracting(MaturityHold::id)
        .contains("INF-INTEGRATED");
  }

  @Test
  void evidenceThatStillHoldsABlockAtTheHorizonIsReported() {
    // An integrated CRM runs today, but the billing systems and their customer records stay
    // siloed and nothing in the plan (no capability, no CRM task) ends it.
    ImmutableCurrentState s =
        state(NORTHWIND)
            .withSystems(
                io.github.crmstrategy.model.CurrentAsset.builder()
                    .id("SYS-CRM")
                    .name("CRM for key accounts")
                    .addCovers("customerData", "accountManagement")
                    .integration(io.github.crmstrategy.model.Integration.INTEGRATED)
                    .since(java.time.LocalDate.of(2022, 1, 1))
                    .build(),
                state(NORTHWIND).systems().get(0));
    PlanDocument plan =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withCurrentState(s)
            .withCrmStrategy(
                io.github.crmstrategy.model.ImmutableCrmStrategy.copyOf(
                        NORTHWIND.crmStrategy().orElseThrow())
                    .withTasks())
            .withCrmConcept(Optional.empty())
            .withRoadmap(Optional.empty());
    AssessmentReport r = REVIEWER.assess(plan);
    BlockMaturity info = r.maturity().target().blocks().get(BuildingBlock.INFORMATION);
    assertThat(info.stagedLevel()).isGreaterThan(info.level());
    assertThat(r.findingsOf("MAT-008"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("currentState.data[DATA-CUST]");
              assertThat(f.message())
                  .contains("information at level 2 instead of " + info.stagedLevel())
                  .contains("still at the horizon");
            });
  }

  @Test
  void aLiveCapabilityIsTodaysEvidence() {
    CrmConcept concept = NORTHWIND.crmConcept().orElseThrow();
    PlanDocument live =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withCrmConcept(
                ImmutableCrmConcept.copyOf(concept)
                    .withCapabilities(
                        concept.capabilities().stream()
                            .map(
                                c ->
                                    io.github.crmstrategy.model.ImmutableCapability.copyOf(c)
                                        .withStatus(
                                            io.github.crmstrategy.model.CapabilityStatus.LIVE))
                            .toList()));
    AssessmentReport r = REVIEWER.assess(live);
    // A live single customer view integrates customer data today; the SWOT weakness still caps it.
    BlockMaturity info = r.maturity().current().blocks().get(BuildingBlock.INFORMATION);
    assertThat(info.stagedLevel()).isGreaterThan(info.level());
    assertThat(info.evidence())
        .filteredOn(e -> e.criterion().equals("INF-INTEGRATED"))
        .singleElement()
        .satisfies(e -> assertThat(e.status()).isEqualTo(CriterionStatus.MET));
  }

  // ---- self-assessment against today's evidence ----

  @Test
  void aSelfAssessmentOfFiveAgainstNoSingleCustomerViewInTheOwnSwotIsAWarningNamingIt() {
    AssessmentReport r = REVIEWER.assess(testPlan("saas-overclaim"));
    assertThat(r.findingsOf("MAT-002"))
        .filteredOn(f -> f.path().toString().endsWith(".information"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.message())
                  .contains("self-assessed at level 5")
                  .contains("SWOT weakness W1 'No single customer view");
            });
    // The failed 2022 rollout is evidence against a technology claim of 5, and is named.
    assertThat(r.findingsOf("MAT-002"))
        .filteredOn(f -> f.path().toString().endsWith(".technology"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("'CRM rollout, 2022'"));
  }

  @Test
  void aClaimOneLevelAboveACapIsReportedEvenWithinTheTolerance() {
    // Northwind rates information 1; one level above the cap of 2 is still contradicted.
    PlanDocument claims =
        withState(
            NORTHWIND,
            state(NORTHWIND)
                .withSelfAssessment(
                    Map.of(BuildingBlock.INFORMATION, 3, BuildingBlock.CUSTOMER_EXPERIENCE, 3)));
    AssessmentReport r = REVIEWER.assess(claims);
    assertThat(r.findingsOf("MAT-002"))
        .extracting(f -> f.path().toString())
        .containsExactly("currentState.selfAssessment.information");
  }

  @Test
  void anUnderClaimIsReportedOnlyFromEvidenceInPlaceToday() {
    PlanDocument humble =
        withState(
            testPlan("saas-overclaim"),
            state(testPlan("saas-overclaim"))
                .withSelfAssessment(Map.of(BuildingBlock.METRICS, 1, BuildingBlock.VISION, 1)));
    AssessmentReport r = REVIEWER.assess(humble);
    assertThat(r.findingsOf("MAT-004"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("currentState.selfAssessment.metrics");
              assertThat(f.message()).contains("supports level 3");
            });
  }

  // ---- what a consultant would not sign ----

  @Test
  void aSpreadsheetRunManufacturerReachesLevelFiveNowhere() {
    AssessmentReport r = REVIEWER.assess(testPlan("spreadsheet-manufacturer"));
    assertThat(maxLevel(r.maturity().current())).isLessThan(5);
    assertThat(maxLevel(r.maturity().target())).isLessThan(5);
    assertThat(current(r, BuildingBlock.INFORMATION)).isEqualTo(1);
    assertThat(current(r, BuildingBlock.TECHNOLOGY)).isEqualTo(1);
    // Its good results and the blocks that rest on information do not lift it above Managed.
    assertThat(r.maturity().current().level()).isLessThanOrEqualTo(2);
    // The Russian weakness (ё and all) is found and named.
    assertThat(r.findingsOf("MAT-002"))
        .filteredOn(f -> f.path().toString().endsWith(".information"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("Клиентская база ведётся в таблицах Excel у каждого менеджера")
                    .contains("strategy (5 claimed, 2 today)"));
  }

  @Test
  void noCompetitorAheadIsNotStrategyLevelFive() {
    PlanDocument nobodyAhead =
        withState(
            NORTHWIND,
            state(NORTHWIND)
                .withCompetitors(
                    Competitor.builder()
                        .name("Bluewave Mobile")
                        .position(CompetitivePosition.BEHIND)
                        .build()));
    AssessmentReport r = REVIEWER.assess(nobodyAhead);
    assertThat(current(r, BuildingBlock.STRATEGY))
        .isEqualTo(current(REVIEWER.assess(NORTHWIND), BuildingBlock.STRATEGY));
    assertThat(target(r, BuildingBlock.STRATEGY)).isLessThan(5);
  }

  @Test
  void reviewingAFailedProjectIsNotTechnologyLevelFour() {
    PriorInitiative reviewed =
        PriorInitiative.builder()
            .name("Contact centre CRM, 2020")
            .year(2020)
            .outcome(InitiativeOutcome.FAILED)
            .addReusable("Contact reason codes", "Agent scripts")
            .addLessons("The vendor's data model did not fit our accounts")
            .build();
    PlanDocument none = withState(NORTHWIND, state(NORTHWIND).withPriorInitiatives());
    PlanDocument plan = withState(NORTHWIND, state(NORTHWIND).withPriorInitiatives(reviewed));
    // Give the company an integrated platform, so that only the review could lift technology.
    ImmutableCurrentState integrated =
        state(plan)
            .withSystems(
                io.github.crmstrategy.model.CurrentAsset.builder()
                    .id("SYS-CRM")
                    .name("CRM on the customer data hub")
                    .addCovers("customerData", "sales", "service", "analytics")
                    .integration(io.github.crmstrategy.model.Integration.INTEGRATED)
                    .since(java.time.LocalDate.of(2020, 1, 1))
                    .build());
    PlanDocument platformAndReview = withState(plan, integrated);
    PlanDocument platformOnly = withState(none, state(none).withSystems(integrated.systems()));
    int withReview = current(REVIEWER.assess(platformAndReview), BuildingBlock.TECHNOLOGY);
    int without = current(REVIEWER.assess(platformOnly), BuildingBlock.TECHNOLOGY);
    assertThat(withReview).isLessThanOrEqualTo(without).isLessThan(4);
    assertThat(current(REVIEWER.assess(plan), BuildingBlock.TECHNOLOGY)).isLessThanOrEqualTo(2);
  }

  @Test
  void anHonestHighMaturityCompanyIsQuantitativelyManagedOnItsStrongBlocks() {
    AssessmentReport r = REVIEWER.assess(sample(Samples.NORDVIK_LOGISTICS));
    MaturityProfile today = r.maturity().current();
    for (BuildingBlock b :
        List.of(
            BuildingBlock.INFORMATION,
            BuildingBlock.TECHNOLOGY,
            BuildingBlock.METRICS,
            BuildingBlock.PROCESSES,
            BuildingBlock.STRATEGY)) {
      assertThat(today.blocks().get(b).level()).as("today's %s", b).isEqualTo(4);
    }
    assertThat(today.level()).isEqualTo(4);
    // Its own SWOT weakness on missed delivery windows holds customer experience at 3 today; the
    // plan's alerts and rebooking end it.
    assertThat(current(r, BuildingBlock.CUSTOMER_EXPERIENCE)).isEqualTo(3);
    assertThat(target(r, BuildingBlock.CUSTOMER_EXPERIENCE)).isEqualTo(4);
    // Its results do not yet lead the peer top quartile: level 5 nowhere, today or planned.
    assertThat(maxLevel(today)).isEqualTo(4);
    assertThat(maxLevel(r.maturity().target())).isEqualTo(4);
    assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("MAT-"));
    assertThat(r.documentQuality().score()).isGreaterThan(90);
  }

  // ---- the route ----

  @Test
  void aClimbFasterThanALevelStepTakesIsReported() {
    // End Northwind's horizon seven months after its date: the single customer view still lands
    // inside it, but a level step of information takes longer than that.
    PlanDocument hurried =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withHorizon(
                io.github.crmstrategy.model.Horizon.builder()
                    .start(java.time.LocalDate.of(2026, 1, 1))
                    .end(java.time.LocalDate.of(2027, 6, 30))
                    .build());
    AssessmentReport r = REVIEWER.assess(hurried);
    assertThat(r.maturity().route().yearsAvailable()).isEqualTo(0.6);
    assertThat(r.findingsOf("MAT-007"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path()).hasToString("roadmap");
              assertThat(f.message()).contains("1.5 years per level").contains("from level 2 to 3");
            });
    assertThat(r.maturity().blocks().get(BuildingBlock.INFORMATION).withinPace()).isFalse();
  }

  @Test
  void blocksLeftAtTheInitialLevelAreOneFinding() {
    AssessmentReport r = REVIEWER.assess(sample(Samples.WEAK_PLAN));
    assertThat(r.findingsOf("MAT-005"))
        .singleElement()
        .satisfies(f -> assertThat(f.message()).contains("7 of 8 building blocks"));
  }

  @Test
  void aPeerTwoLevelsAheadOfTodayIsNamed() {
    PlanDocument strongPeer =
        withState(
            NORTHWIND,
            state(NORTHWIND)
                .withPeers(
                    PeerProfile.builder()
                        .name("Market leader")
                        .putMaturity(BuildingBlock.INFORMATION, 4)
                        .putMaturity(BuildingBlock.METRICS, 4)
                        .build()));
    AssessmentReport r = REVIEWER.assess(strongPeer);
    assertThat(r.findingsOf("MAT-003"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.path())
                  .hasToString("currentState.peers[Market leader].maturity.information");
              assertThat(f.message()).contains("level 4").contains("level 2 today");
            });
    assertThat(r.maturity().blocks().get(BuildingBlock.INFORMATION).peers())
        .containsEntry("Market leader", 4);
  }

  @Test
  void theTargetIgnoresCapabilitiesNoDatedMilestoneOrPhaseDeliversInsideTheHorizon() {
    CrmConcept concept = NORTHWIND.crmConcept().orElseThrow();
    PlanDocument undated =
        ImmutablePlanDocument.copyOf(NORTHWIND)
            .withRoadmap(
                ImmutableRoadmap.copyOf(NORTHWIND.roadmap().orElseThrow()).withMilestones())
            .withCrmConcept(ImmutableCrmConcept.copyOf(concept).withPhases());
    AssessmentReport r = REVIEWER.assess(undated);
    assertThat(target(r, BuildingBlock.INFORMATION))
        .isEqualTo(current(r, BuildingBlock.INFORMATION));
  }

  // ---- document quality is not maturity ----

  @Test
  void documentQualityIsItsOwnScore() {
    AssessmentReport weak = REVIEWER.assess(sample(Samples.WEAK_PLAN));
    AssessmentReport reference = REVIEWER.assess(NORTHWIND);
    assertThat(weak.documentQuality().score()).isLessThan(reference.documentQuality().score());
    assertThat(reference.documentQuality().aspects())
        .containsOnlyKeys("links", "owners", "indicators", "sections");
    // A well-written plan of a company that runs little today: high quality, low maturity.
    assertThat(reference.documentQuality().score()).isGreaterThan(90);
    assertThat(reference.maturity().current().score())
        .isLessThan(reference.documentQuality().score());
  }
}
