package io.github.crmstrategy.testing;

import io.github.crmstrategy.model.Baseline;
import io.github.crmstrategy.model.Benchmark;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CompetitivePosition;
import io.github.crmstrategy.model.Competitor;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerBase;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.Direction;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.IndicatorKinds;
import io.github.crmstrategy.model.InitiativeOutcome;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.Organization;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.Perspective;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.model.Role;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.Statement;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.StrategyArea;
import io.github.crmstrategy.model.Swot;
import io.github.crmstrategy.model.Target;
import io.github.crmstrategy.model.Task;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic plan behind {@link PlanGenerators#scaled(int)}: the reference document's shape,
 * every list repeated {@code factor} times with numbered ids ({@code G1..G3}, then {@code G4..G6},
 * ...). Block {@code b} links only within itself, as the reference does.
 */
final class ScaledPlan {
  private static final LocalDate BASELINE = LocalDate.of(2025, 12, 31);
  private static final LocalDate TARGET = LocalDate.of(2028, 12, 31);

  private ScaledPlan() {}

  static PlanDocument build(int factor) {
    var corporate = CorporatePlan.builder();
    var crm = CrmStrategy.builder();
    var base = CustomerBase.builder();
    var concept = CrmConcept.builder();
    var state = CurrentState.builder();
    var roadmap = Roadmap.builder();
    var swot = Swot.builder();
    for (int b = 0; b < factor; b++) {
      int g = 3 * b;
      int s = 4 * b;
      int two = 2 * b;
      corporate.addEnvironment(statement("ENV" + (two + 1)), statement("ENV" + (two + 2)));
      swot.addStrength(statement("SW-S" + (b + 1)))
          .addWeaknesses(statement("SW-W" + (b + 1)))
          .addOpportunity(statement("SW-O" + (b + 1)))
          .addThreat(statement("SW-T" + (b + 1)));
      corporate.addGoals(
          goal(
              "G" + (g + 1),
              Perspective.FINANCIAL,
              List.of("SW-S" + (b + 1), "SW-O" + (b + 1)),
              indicator(
                  "G" + (g + 1) + "-REV",
                  IndicatorKinds.REVENUE,
                  "USD",
                  1.2e8,
                  1.5e8,
                  1.04e8,
                  1.12e8,
                  false)),
          goal(
              "G" + (g + 2),
              Perspective.CUSTOMER,
              List.of("SW-T" + (b + 1)),
              indicator(
                  "G" + (g + 2) + "-RET",
                  IndicatorKinds.RETENTION_RATE,
                  "percent",
                  78,
                  81,
                  76,
                  77,
                  true)),
          goal(
              "G" + (g + 3),
              Perspective.INTERNAL_PROCESS,
              List.of("SW-S" + (b + 1)),
              indicator(
                  "G" + (g + 3) + "-COST",
                  IndicatorKinds.UNIT_COST,
                  "USD",
                  0.42,
                  0.35,
                  0.50,
                  0.46,
                  false)));
      String crmStrategy = "S-CRM" + (b + 1);
      String net = "S-NET" + (b + 1);
      String mkt = "S-MKT" + (b + 1);
      String fin = "S-FIN" + (b + 1);
      corporate.addStrategies(
          strategy(crmStrategy, StrategyArea.CRM, "G" + (g + 1), "G" + (g + 2)),
          strategy(net, StrategyArea.OPERATIONS, "G" + (g + 3)),
          strategy(mkt, StrategyArea.MARKETING, "G" + (g + 1)),
          strategy(fin, StrategyArea.FINANCE, "G" + (g + 3)));
      corporate.addTasks(
          task("T" + (s + 1), net, "Chief Technology Officer", LocalDate.of(2027, 6, 30)),
          task("T" + (s + 2), mkt, "Chief Marketing Officer", LocalDate.of(2026, 10, 31)),
          task("T" + (s + 3), fin, "Chief Financial Officer", LocalDate.of(2026, 6, 30)),
          task("T" + (s + 4), crmStrategy, "Chief Executive Officer", LocalDate.of(2026, 3, 31)));

      String cg1 = "CG" + (two + 1);
      String cg2 = "CG" + (two + 2);
      String rs = "RS" + (b + 1);
      String large = "LARGE-CORP" + (b + 1);
      String sme = "SME" + (b + 1);
      crm.addGoals(
          CustomerGoal.builder()
              .id(cg1)
              .statement("Raise the lifetime value of corporate clients.")
              .addSupport("G" + (g + 1))
              .addIndicator(
                  indicator(
                      "CLV" + (b + 1),
                      IndicatorKinds.CUSTOMER_LIFETIME_VALUE,
                      "USD",
                      880,
                      1000,
                      800,
                      840,
                      true))
              .build(),
          CustomerGoal.builder()
              .id(cg2)
              .statement("Bring corporate clients back for new contracts.")
              .addSupport("G" + (g + 2))
              .addIndicator(
                  indicator(
                      "RCR" + (b + 1),
                      IndicatorKinds.RETURNING_CUSTOMER_RATIO,
                      "percent",
                      17,
                      20,
                      15,
                      16,
                      false))
              .build());
      crm.addRelationshipStrategy(
          RelationshipStrategy.builder()
              .id(rs)
              .statement("Focus on the largest corporate clients, served by key account teams.")
              .addGoals(cg1, cg2)
              .addSegment(large)
              .build());
      String ct1 = "CT" + (two + 1);
      String ct2 = "CT" + (two + 2);
      crm.addTasks(
          task(ct1, rs, "Head of Corporate Sales", LocalDate.of(2026, 9, 30)),
          task(ct2, rs, "Head of Business Intelligence", LocalDate.of(2027, 3, 31)));
      base.addSegments(
          Segment.builder()
              .id(large)
              .name("Companies with 500 or more employees")
              .ideal(true)
              .build(),
          Segment.builder().id(sme).name("Small and medium businesses").build());
      base.addOffering(
          Offering.builder()
              .product("Corporate mobile tariff " + (b + 1))
              .segment(large)
              .price("25 USD per line per month")
              .addChannels("key account manager", "partner portal")
              .build());

      String cap1 = "CAP" + (two + 1);
      String cap2 = "CAP" + (two + 2);
      String p1 = "P" + (two + 1);
      String p2 = "P" + (two + 2);
      concept.addCapabilities(
          Capability.builder()
              .id(cap1)
              .name("Corporate tariff analytics")
              .addRealize(ct1)
              .phase(p1)
              .build(),
          Capability.builder()
              .id(cap2)
              .name("Single customer view")
              .addRealize(ct2)
              .phase(p2)
              .build());
      concept.addPhases(
          Phase.builder()
              .id(p1)
              .name("Data foundation")
              .start(LocalDate.of(2026, 1, 1))
              .end(LocalDate.of(2026, 9, 30))
              .build(),
          Phase.builder()
              .id(p2)
              .name("Key account workspace")
              .start(LocalDate.of(2026, 10, 1))
              .end(LocalDate.of(2027, 3, 31))
              .build());
      roadmap.addMilestones(
          Milestone.builder()
              .id("M" + (two + 1))
              .name("Billing data consolidated")
              .due(LocalDate.of(2026, 9, 30))
              .addDeliver(cap1)
              .build(),
          Milestone.builder()
              .id("M" + (two + 2))
              .name("Key account workspace live")
              .due(LocalDate.of(2027, 3, 31))
              .addDeliver(cap2)
              .build());

      state.addSkills("Key account management " + (b + 1), "Tariff design " + (b + 1));
      state.addResource("Business intelligence team " + (b + 1));
      state.addCompetitors(
          Competitor.builder()
              .name("Bluewave Mobile " + (b + 1))
              .position(CompetitivePosition.AHEAD)
              .notes("Launched a corporate portal.")
              .build(),
          Competitor.builder()
              .name("CheapTalk " + (b + 1))
              .position(CompetitivePosition.BEHIND)
              .build());
      state.addPartner("Cloud telephony reseller network " + (b + 1));
      state.addPriorInitiative(
          PriorInitiative.builder()
              .name("Sales force automation " + (b + 1))
              .outcome(InitiativeOutcome.FAILED)
              .addReusable("Customer master data model", "Account hierarchy")
              .build());
      state.addPeer(
          PeerProfile.builder()
              .name("Regional operators median " + (b + 1))
              .industry("telecommunications")
              .maturity(levels(3, 3, 3, 2, 3, 2, 3, 2))
              .build());
    }
    corporate
        .swot(swot.build())
        .vision("Be the most trusted digital partner of businesses in the region.")
        .mission("We connect businesses and people with reliable networks and services.");
    crm.strategy("S-CRM1")
        .vision("Every corporate client feels we know their business.")
        .governance(
            Governance.builder()
                .sponsor("Chief Executive Officer")
                .addRoles(
                    Role.builder()
                        .role("CRM programme owner")
                        .holder("Chief Commercial Officer")
                        .build(),
                    Role.builder()
                        .role("Data steward")
                        .holder("Head of Business Intelligence")
                        .build(),
                    Role.builder().role("Change manager").holder("HR Business Partner").build())
                .build())
        .customerBase(base.build())
        .loyalty("Proactive account reviews every quarter.")
        .interaction("One key account manager and one support line per client.")
        .advocacy("Reference programme with case studies and a referral discount.");
    concept.architecture("Operational CRM on a single customer data hub.");
    for (String section :
        List.of(
            "automationObjectStudy",
            "alternatives",
            "requirementsComparison",
            "chosenVariant",
            "expectedResults",
            "implementationPlan",
            "resources",
            "qualityRequirements",
            "acceptanceConditions")) {
      concept.putSection(section, "Text of " + section + ".");
    }
    state
        .selfAssessment(levels(2, 2, 3, 2, 2, 1, 2, 1))
        .customers("2300 corporate clients; top 150 bring 61 percent of corporate revenue.");
    return PlanDocument.builder()
        .formatVersion(PlanDocument.CURRENT_FORMAT_VERSION)
        .revision(
            Revision.builder()
                .number(3)
                .date(LocalDate.of(2026, 11, 20))
                .author("Strategy office")
                .build())
        .organization(
            Organization.builder()
                .name("Northwind Telecom")
                .industry("telecommunications")
                .employees(4200)
                .build())
        .horizon(Horizon.builder().start(LocalDate.of(2026, 1, 1)).end(TARGET).build())
        .corporatePlan(corporate.build())
        .crmStrategy(crm.build())
        .crmConcept(concept.build())
        .currentState(state.build())
        .roadmap(roadmap.build())
        .build();
  }

  private static Statement statement(String id) {
    return Statement.builder().id(id).statement("Statement " + id + ".").build();
  }

  private static StrategicGoal goal(
      String id, Perspective perspective, List<String> swot, Indicator indicator) {
    return StrategicGoal.builder()
        .id(id)
        .statement("Goal " + id + ".")
        .perspective(perspective)
        .swot(swot)
        .addIndicator(indicator)
        .build();
  }

  private static Indicator indicator(
      String id,
      String kind,
      String unit,
      double baseline,
      double target,
      double history2023,
      double history2024,
      boolean benchmark) {
    var b =
        Indicator.builder()
            .id(id)
            .name("Indicator " + id)
            .kind(kind)
            .unit(unit)
            .direction(target >= baseline ? Direction.INCREASE : Direction.DECREASE)
            .baseline(Baseline.builder().value(baseline).asOf(BASELINE).build())
            .target(Target.builder().value(target).due(TARGET).build())
            .addHistory(
                Observation.builder().asOf(LocalDate.of(2023, 12, 31)).value(history2023).build(),
                Observation.builder().asOf(LocalDate.of(2024, 12, 31)).value(history2024).build());
    if (benchmark) {
      b.benchmark(
          Benchmark.builder()
              .peerMedian(baseline)
              .topQuartile(baseline * 1.08)
              .source("Peer survey 2025")
              .build());
    }
    return b.build();
  }

  private static Strategy strategy(String id, StrategyArea area, String... goals) {
    return Strategy.builder()
        .id(id)
        .area(area)
        .statement("Strategy " + id + ".")
        .addGoals(goals)
        .build();
  }

  private static Task task(String id, String strategy, String owner, LocalDate due) {
    return Task.builder()
        .id(id)
        .statement("Task " + id + ".")
        .strategy(strategy)
        .owner(owner)
        .due(due)
        .build();
  }

  private static Map<BuildingBlock, Integer> levels(int... byBlock) {
    Map<BuildingBlock, Integer> levels = new EnumMap<>(BuildingBlock.class);
    BuildingBlock[] blocks = BuildingBlock.values();
    for (int i = 0; i < blocks.length; i++) {
      levels.put(blocks[i], byBlock[i]);
    }
    return levels;
  }
}
