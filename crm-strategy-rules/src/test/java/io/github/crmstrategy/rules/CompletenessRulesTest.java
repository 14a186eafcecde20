package io.github.crmstrategy.rules;

import static io.github.crmstrategy.rules.AlignmentFixtures.NORTHWIND;
import static io.github.crmstrategy.rules.AlignmentFixtures.assertFires;
import static io.github.crmstrategy.rules.AlignmentFixtures.assertSilent;
import static io.github.crmstrategy.rules.AlignmentFixtures.concept;
import static io.github.crmstrategy.rules.AlignmentFixtures.corp;
import static io.github.crmstrategy.rules.AlignmentFixtures.crm;
import static io.github.crmstrategy.rules.AlignmentFixtures.findings;
import static io.github.crmstrategy.rules.AlignmentFixtures.plan;
import static io.github.crmstrategy.rules.AlignmentFixtures.withConcept;
import static io.github.crmstrategy.rules.AlignmentFixtures.withCorp;
import static io.github.crmstrategy.rules.AlignmentFixtures.withCrm;
import static io.github.crmstrategy.rules.AlignmentFixtures.withRoadmap;
import static io.github.crmstrategy.rules.AlignmentFixtures.withState;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.crmstrategy.model.ImmutableCustomerBase;
import io.github.crmstrategy.model.ImmutableOffering;
import io.github.crmstrategy.model.ImmutableSegment;
import io.github.crmstrategy.model.ImmutableSwot;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.Segment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CompletenessRulesTest {
  static final Reviewer REVIEWER = Reviewer.withDefaultRules();

  private static PlanDocument swot(UnaryOperator<ImmutableSwot> change) {
    return withCorp(
        c -> c.withSwot(change.apply(ImmutableSwot.copyOf(corp().swot().orElseThrow()))));
  }

  private static PlanDocument customerBase(UnaryOperator<ImmutableCustomerBase> change) {
    return withCrm(
        c ->
            c.withCustomerBase(
                change.apply(ImmutableCustomerBase.copyOf(crm().customerBase().orElseThrow()))));
  }

  private static PlanDocument sections(UnaryOperator<Map<String, String>> change) {
    return withConcept(
        c -> c.withSections(change.apply(new LinkedHashMap<>(concept().sections()))));
  }

  // ---- the reference plan ----

  @Test
  void referencePlanHasNoErrorAndFewWarnings() {
    List<Finding> all = REVIEWER.assess(NORTHWIND).findings();
    assertThat(all)
        .as("all findings on the reference plan")
        .noneMatch(f -> f.severity() == Severity.ERROR);
    List<Finding> mine =
        all.stream()
            .filter(f -> f.ruleId().startsWith("COMP-") || f.ruleId().startsWith("ALIGN-"))
            .toList();
    assertThat(mine).filteredOn(f -> f.severity() == Severity.WARNING).isEmpty();
    assertThat(mine).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void everyCompletenessRuleIsDescribed() {
    List<RuleDescriptor> rules =
        REVIEWER.rules().stream().filter(r -> r.id().startsWith("COMP-")).toList();
    assertThat(rules).hasSize(34);
    assertThat(rules).allMatch(r -> r.category() == Category.COMPLETENESS);
    assertThat(rules).allMatch(r -> !r.rationale().isBlank() && !r.remediation().isBlank());
  }

  // ---- corporate plan ----

  @Test
  void comp001NoCorporatePlan() {
    PlanDocument p = plan().withCorporatePlan(Optional.empty()).withCrmStrategy(Optional.empty());
    Finding f = assertFires(REVIEWER, p, "COMP-001", "", "corporatePlan");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    // and the parts of the missing plan are not reported one by one
    assertSilent(REVIEWER, p, "COMP-002");
    assertSilent(REVIEWER, p, "COMP-005");
    assertSilent(REVIEWER, NORTHWIND, "COMP-001");
  }

  @Test
  void comp002NoEnvironment() {
    PlanDocument p = withCorp(c -> c.withEnvironment(List.of()));
    assertFires(REVIEWER, p, "COMP-002", "corporatePlan", "environment");
    assertSilent(REVIEWER, NORTHWIND, "COMP-002");
  }

  @Test
  void comp003NoSwot() {
    PlanDocument p = withCorp(c -> c.withSwot(Optional.empty()));
    assertFires(REVIEWER, p, "COMP-003", "corporatePlan", "SWOT");
    assertSilent(REVIEWER, p, "COMP-004");
    assertSilent(REVIEWER, NORTHWIND, "COMP-003");
  }

  @Test
  void comp004EmptySwotQuadrants() {
    PlanDocument p = swot(s -> s.withWeaknesses(List.of()).withThreats(List.of()));
    Finding f = assertFires(REVIEWER, p, "COMP-004", "corporatePlan.swot", "weaknesses, threats");
    assertThat(f.message()).contains("2 empty quadrants");
    assertSilent(REVIEWER, NORTHWIND, "COMP-004");
  }

  @Test
  void comp005NoCorporateVision() {
    PlanDocument p = withCorp(c -> c.withVision(Optional.empty()));
    assertFires(REVIEWER, p, "COMP-005", "corporatePlan", "vision");
    assertSilent(REVIEWER, NORTHWIND, "COMP-005");
  }

  @Test
  void comp006NoMission() {
    PlanDocument p = withCorp(c -> c.withMission("   "));
    assertFires(REVIEWER, p, "COMP-006", "corporatePlan", "mission");
    assertSilent(REVIEWER, NORTHWIND, "COMP-006");
  }

  @Test
  void comp007NoCorporateGoals() {
    PlanDocument p = withCorp(c -> c.withGoals(List.of()));
    assertFires(REVIEWER, p, "COMP-007", "corporatePlan", "goals");
    assertSilent(REVIEWER, NORTHWIND, "COMP-007");
  }

  // ---- CRM strategy ----

  @Test
  void comp008NoCrmStrategy() {
    PlanDocument p = plan().withCrmStrategy(Optional.empty());
    Finding f = assertFires(REVIEWER, p, "COMP-008", "", "CRM strategy");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertSilent(REVIEWER, p, "COMP-014");
    assertSilent(REVIEWER, NORTHWIND, "COMP-008");
  }

  @Test
  void comp009NoCrmGoals() {
    PlanDocument p = withCrm(c -> c.withGoals(List.of()));
    Finding f = assertFires(REVIEWER, p, "COMP-009", "crmStrategy", "goals");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertSilent(REVIEWER, withCrm(c -> c.withGoals(List.of(crm().goals().get(0)))), "COMP-009");
  }

  @Test
  void comp010NoRelationshipStrategies() {
    PlanDocument p = withCrm(c -> c.withRelationshipStrategies(List.of()));
    assertFires(REVIEWER, p, "COMP-010", "crmStrategy", "relationship strategies");
    assertSilent(REVIEWER, NORTHWIND, "COMP-010");
  }

  @Test
  void comp011NoCrmTasks() {
    PlanDocument p = withCrm(c -> c.withTasks(List.of()));
    assertFires(REVIEWER, p, "COMP-011", "crmStrategy", "tasks");
    // near miss: corporate tasks do not count as CRM tasks, but CRM tasks are there
    assertSilent(REVIEWER, withCorp(c -> c.withTasks(List.of())), "COMP-011");
  }

  @Test
  void comp012NoIdealCustomerBase() {
    PlanDocument p =
        customerBase(
            b ->
                b.withSegments(
                    b.segments().stream()
                        .map(s -> (Segment) ImmutableSegment.copyOf(s).withIdeal(false))
                        .toList()));
    assertFires(REVIEWER, p, "COMP-012", "crmStrategy.customerBase", "ideal");
    // without a customer base at all, the one finding is COMP-034, which says both
    PlanDocument noBase = withCrm(c -> c.withCustomerBase(Optional.empty()));
    assertSilent(REVIEWER, noBase, "COMP-012");
    assertFires(REVIEWER, noBase, "COMP-034", "crmStrategy", "ideal customers");
    assertSilent(REVIEWER, NORTHWIND, "COMP-012");
  }

  @Test
  void comp013NoCompleteOffering() {
    PlanDocument p =
        customerBase(
            b ->
                b.withOfferings(
                    b.offerings().stream()
                        .map(o -> ImmutableOffering.copyOf(o).withChannels(List.of()))
                        .toList()));
    Finding f = assertFires(REVIEWER, p, "COMP-013", "crmStrategy.customerBase", "offering");
    assertThat(f.message()).contains("1 offerings, none complete");
    PlanDocument priced =
        customerBase(
            b ->
                b.withOfferings(
                    b.offerings().stream()
                        .map(o -> ImmutableOffering.copyOf(o).withChannels(List.of("web shop")))
                        .toList()));
    assertSilent(REVIEWER, priced, "COMP-013");
  }

  @Test
  void comp014to016GartnerRouteAnswers() {
    assertFires(
        REVIEWER,
        withCrm(c -> c.withLoyalty(Optional.empty())),
        "COMP-014",
        "crmStrategy",
        "loyalty");
    assertFires(
        REVIEWER, withCrm(c -> c.withInteraction(" ")), "COMP-015", "crmStrategy", "interacts");
    assertFires(
        REVIEWER,
        withCrm(c -> c.withAdvocacy(Optional.empty())),
        "COMP-016",
        "crmStrategy",
        "recommend");
    // near miss: each answer missing alone leaves the other two rules silent
    PlanDocument noLoyalty = withCrm(c -> c.withLoyalty(Optional.empty()));
    assertSilent(REVIEWER, noLoyalty, "COMP-015");
    assertSilent(REVIEWER, noLoyalty, "COMP-016");
    assertSilent(REVIEWER, withCrm(c -> c.withAdvocacy(Optional.empty())), "COMP-014");
  }

  // ---- CRM concept ----

  @Test
  void comp017NoConcept() {
    PlanDocument p = plan().withCrmConcept(Optional.empty());
    assertFires(REVIEWER, p, "COMP-017", "", "concept");
    assertSilent(REVIEWER, p, "COMP-018");
    assertSilent(REVIEWER, NORTHWIND, "COMP-017");
  }

  @Test
  void comp018MissingConceptSections() {
    PlanDocument p =
        sections(
            m -> {
              m.remove("alternatives");
              return m;
            });
    Finding f =
        assertFires(REVIEWER, p, "COMP-018", "crmConcept.sections.alternatives", "alternatives");
    assertThat(f.message()).contains("Alternative concept variants");
    // with no sections at all, one finding lists the nine (COMP-033), at the concept itself
    PlanDocument none = sections(m -> Map.of());
    assertThat(findings(REVIEWER, none, "COMP-018")).isEmpty();
    assertThat(findings(REVIEWER, none, "COMP-033"))
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.path().toString()).isEqualTo("crmConcept");
              assertThat(x.message()).contains("9 of the 9 required sections are missing");
            });
    assertSilent(REVIEWER, NORTHWIND, "COMP-018");
  }

  @Test
  void comp019ShortConceptSection() {
    PlanDocument p =
        sections(
            m -> {
              m.put("resources", "TBD");
              return m;
            });
    // "TBD" is a placeholder (COMP-031), not a thin text
    assertSilent(REVIEWER, p, "COMP-019");
    assertFires(REVIEWER, p, "COMP-031", "crmConcept.sections.resources", "placeholder");
    PlanDocument thin =
        sections(
            m -> {
              m.put("resources", "Six people.");
              return m;
            });
    Finding f =
        assertFires(REVIEWER, thin, "COMP-019", "crmConcept.sections.resources", "resources");
    assertThat(f.message()).contains("says only \"Six people\": 2 words");
    PlanDocument enough =
        sections(
            m -> {
              m.put("resources", "Six people for two years.");
              return m;
            });
    assertSilent(REVIEWER, enough, "COMP-019");
    // a section that is not required is not checked
    PlanDocument extra =
        sections(
            m -> {
              m.put("glossary", "TBD");
              return m;
            });
    assertSilent(REVIEWER, extra, "COMP-019");
  }

  @Test
  void comp020NoArchitecture() {
    PlanDocument p = withConcept(c -> c.withArchitecture(Optional.empty()));
    assertFires(REVIEWER, p, "COMP-020", "crmConcept", "architecture");
    assertSilent(REVIEWER, NORTHWIND, "COMP-020");
  }

  @Test
  void comp021NoCapabilities() {
    PlanDocument p = withConcept(c -> c.withCapabilities(List.of()));
    assertFires(REVIEWER, p, "COMP-021", "crmConcept", "capabilities");
    assertSilent(REVIEWER, NORTHWIND, "COMP-021");
  }

  @Test
  void comp022NoPhases() {
    PlanDocument p =
        withConcept(
            c ->
                c.withPhases(List.of())
                    .withCapabilities(
                        c.capabilities().stream()
                            .map(
                                x ->
                                    io.github.crmstrategy.model.ImmutableCapability.copyOf(x)
                                        .withPhase(Optional.empty()))
                            .toList()));
    Finding f = assertFires(REVIEWER, p, "COMP-022", "crmConcept", "phases");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertSilent(REVIEWER, NORTHWIND, "COMP-022");
  }

  // ---- current state ----

  @Test
  void comp023NoCurrentState() {
    PlanDocument p = plan().withCurrentState(Optional.empty());
    assertFires(REVIEWER, p, "COMP-023", "", "current situation");
    assertSilent(REVIEWER, p, "COMP-026");
    assertSilent(REVIEWER, NORTHWIND, "COMP-023");
  }

  @Test
  void comp024NoSelfAssessment() {
    PlanDocument p = withState(s -> s.withSelfAssessment(Map.of()));
    assertFires(REVIEWER, p, "COMP-024", "currentState", "self-assessment");
    assertSilent(REVIEWER, NORTHWIND, "COMP-024");
  }

  @Test
  void comp025NoPriorInitiatives() {
    PlanDocument p = withState(s -> s.withPriorInitiatives(List.of()));
    assertFires(REVIEWER, p, "COMP-025", "currentState", "prior CRM initiative");
    assertSilent(REVIEWER, NORTHWIND, "COMP-025");
  }

  @Test
  void comp026NoCompetitorOrPeer() {
    PlanDocument p = withState(s -> s.withCompetitors(List.of()).withPeers(List.of()));
    assertFires(REVIEWER, p, "COMP-026", "currentState", "competitor");
    // near miss: peers alone are a benchmark
    assertSilent(REVIEWER, withState(s -> s.withCompetitors(List.of())), "COMP-026");
  }

  @Test
  void comp027IncompleteCurrentState() {
    PlanDocument p = withState(s -> s.withPartners(List.of()).withCustomers(Optional.empty()));
    Finding f = assertFires(REVIEWER, p, "COMP-027", "currentState", "partners, customers");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
    assertSilent(REVIEWER, NORTHWIND, "COMP-027");
  }

  // ---- route ----

  @Test
  void comp028NoRoadmap() {
    PlanDocument p = plan().withRoadmap(Optional.empty());
    assertFires(REVIEWER, p, "COMP-028", "", "roadmap");
    assertSilent(REVIEWER, p, "COMP-029");
    assertSilent(REVIEWER, NORTHWIND, "COMP-028");
  }

  @Test
  void comp029RoadmapWithoutMilestones() {
    PlanDocument p = withRoadmap(r -> r.withMilestones(List.of()));
    assertFires(REVIEWER, p, "COMP-029", "roadmap", "milestones");
    assertSilent(REVIEWER, NORTHWIND, "COMP-029");
  }

  @Test
  void comp030NoHorizon() {
    PlanDocument p = plan().withHorizon(Optional.empty());
    assertFires(REVIEWER, p, "COMP-030", "", "horizon");
    assertSilent(REVIEWER, NORTHWIND, "COMP-030");
  }
}
