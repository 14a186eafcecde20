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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of plan documents for property tests, and a deterministic plan of the
 * reference shape scaled up for benchmarks.
 *
 * <p>Every generated plan is valid (it passes {@code PlanValidator.validate} with no problems): ids
 * are unique, every reference resolves to an element of the right kind, ends follow starts, history
 * precedes the baseline and every number is finite. Beyond that plans vary widely: optional parts
 * present or absent, several goals per area, indicators with or without baselines, targets, history
 * and benchmarks, and random but consistent links. To get an invalid plan, start from a valid one
 * and break it with {@link PlanBreaker}.
 *
 * <p>Generators draw every choice from QuickTheories' randomness source, so failing examples shrink
 * towards smaller plans.
 */
public final class PlanGenerators {
  private static final List<String> COMPANIES =
      List.of("Northwind Telecom", "Contoso Bank", "Fabrikam Retail", "Tailspin Air", "Litware");
  private static final List<String> INDUSTRIES =
      List.of("telecommunications", "banking", "retail", "airlines", "software");
  private static final List<String> UNITS = List.of("USD", "EUR", "percent", "count", "points");
  private static final List<String> OWNERS =
      List.of(
          "Chief Executive Officer",
          "Chief Marketing Officer",
          "Head of Corporate Sales",
          "Head of Business Intelligence",
          "Chief Technology Officer");
  private static final List<String> SECTIONS =
      List.of(
          "automationObjectStudy",
          "alternatives",
          "requirementsComparison",
          "chosenVariant",
          "expectedResults",
          "implementationPlan",
          "resources",
          "qualityRequirements",
          "acceptanceConditions");

  private PlanGenerators() {}

  /** Valid plans of every shape, from almost empty to fully populated. */
  public static Gen<PlanDocument> validPlans() {
    return in -> new RandomPlan(new Draw(in)).build();
  }

  /**
   * Valid plans in which every part (corporate plan, CRM strategy, concept, current state and
   * roadmap) is present, so that each kind of reference usually occurs.
   */
  public static Gen<PlanDocument> completePlans() {
    return in -> new RandomPlan(new Draw(in), true).build();
  }

  /** Finite, realistic indicator values (0 to one million, two decimals). */
  public static Gen<Double> finiteValues() {
    return in -> new Draw(in).value();
  }

  /** Planning horizons of one to five whole years starting between 2020 and 2030. */
  public static Gen<Horizon> horizons() {
    return in -> new Draw(in).horizon();
  }

  /**
   * Valid indicators with id {@code id}: baseline, target, history and benchmark each present or
   * absent; history, when present, is dated before the baseline.
   */
  public static Gen<Indicator> indicators(String id) {
    return in -> new Draw(in).indicator(id, LocalDate.of(2025, 12, 31));
  }

  /** Self-assessed or peer maturity maps over a random subset of the building blocks, 1..5. */
  public static Gen<Map<BuildingBlock, Integer>> maturityProfiles() {
    return in -> new Draw(in).maturity();
  }

  /**
   * A plan of the reference document's shape (Northwind Telecom) with {@code factor} times as many
   * elements in every list: goals, indicators, strategies, tasks, segments, capabilities, phases,
   * milestones and the lists of the current state. Deterministic and valid; meant for benchmarks
   * ({@code scaled(10)}, {@code scaled(100)}). {@code scaled(1)} has the reference's element
   * counts.
   */
  public static PlanDocument scaled(int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("factor must be at least 1: " + factor);
    }
    return ScaledPlan.build(factor);
  }

  /**
   * Complete valid plans with {@code count} distinct references pointing to ids that do not exist
   * ({@code MISSING-1}...); the expected paths are in document order. Plans with fewer references
   * are skipped (QuickTheories assumption).
   */
  public static Gen<PlanBreaker.BrokenPlan> plansWithDanglingReferences(int count) {
    return completePlans()
        .assuming(p -> PlanBreaker.referenceSites(p).size() >= count)
        .flatMap(
            plan -> {
              List<PlanBreaker.ReferenceSite> sites = PlanBreaker.referenceSites(plan);
              return in -> {
                Draw d = new Draw(in);
                List<Integer> chosen = new ArrayList<>();
                while (chosen.size() < count) {
                  int i = d.between(0, sites.size() - 1);
                  if (!chosen.contains(i)) {
                    chosen.add(i);
                  }
                }
                chosen.sort(null);
                List<PlanBreaker.ReferenceSite> picked = new ArrayList<>();
                chosen.forEach(i -> picked.add(sites.get(i)));
                return PlanBreaker.breakReferences(plan, picked);
              };
            });
  }

  /**
   * Complete valid plans with one reference pointing to an existing id of the wrong kind (for
   * example a CRM goal supporting a strategy). Plans where no such id exists are skipped.
   */
  public static Gen<PlanBreaker.BrokenPlan> plansWithOneWrongKindReference() {
    return completePlans()
        .assuming(p -> !PlanBreaker.referenceSites(p).isEmpty())
        .flatMap(
            plan -> {
              List<PlanBreaker.ReferenceSite> sites = PlanBreaker.referenceSites(plan);
              List<String> ids = PlanBreaker.ids(plan);
              return in -> {
                Draw d = new Draw(in);
                PlanBreaker.ReferenceSite site = d.pick(sites);
                List<String> wrong = new ArrayList<>(ids);
                wrong.removeAll(site.validTargets());
                return PlanBreaker.breakReference(plan, site, d.pick(wrong));
              };
            });
  }

  /** Choices drawn from a QuickTheories randomness source. */
  static final class Draw {
    private final RandomnessSource in;

    Draw(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return Generate.range(lo, hi).generate(in);
    }

    boolean chance(int percent) {
      return between(1, 100) <= percent;
    }

    <T> T pick(List<T> from) {
      return from.get(between(0, from.size() - 1));
    }

    <T> Optional<T> maybe(int percent, Supplier<T> value) {
      return chance(percent) ? Optional.of(value.get()) : Optional.empty();
    }

    /** A random sub-list of {@code from}, in its order, of at least {@code min} elements. */
    List<String> subset(List<String> from, int min) {
      List<String> out = new ArrayList<>();
      for (String s : from) {
        if (chance(40)) {
          out.add(s);
        }
      }
      while (out.size() < Math.min(min, from.size())) {
        String s = pick(from);
        if (!out.contains(s)) {
          out.add(s);
        }
      }
      return out;
    }

    double value() {
      return between(0, 100_000_000) / 100.0;
    }

    LocalDate date(LocalDate from, int maxDays) {
      return from.plusDays(between(0, maxDays));
    }

    Horizon horizon() {
      LocalDate start = LocalDate.of(between(2020, 2030), 1, 1);
      LocalDate end = start.plusYears(between(1, 5)).minusDays(1);
      return Horizon.builder().start(maybe(90, () -> start)).end(maybe(90, () -> end)).build();
    }

    Indicator indicator(String id, LocalDate planStart) {
      var b = Indicator.builder().id(id);
      b.name(maybe(80, () -> "Indicator " + id));
      b.kind(
          maybe(
              80,
              () ->
                  chance(85)
                      ? pick(List.copyOf(IndicatorKinds.WELL_KNOWN))
                      : "custom" + between(1, 9)));
      b.unit(maybe(75, () -> pick(UNITS)));
      b.direction(maybe(75, () -> pick(List.of(Direction.values()))));
      Optional<LocalDate> baselineDate =
          chance(85) ? Optional.of(planStart.minusDays(between(1, 90))) : Optional.empty();
      if (chance(75)) {
        b.baseline(Baseline.builder().value(value()).asOf(baselineDate).build());
      }
      if (chance(75)) {
        b.target(
            Target.builder().value(value()).due(maybe(80, () -> date(planStart, 5 * 365))).build());
      }
      if (chance(50)) {
        LocalDate last = baselineDate.orElse(planStart).minusDays(between(0, 30));
        int count = between(1, 4);
        for (int k = count - 1; k >= 0; k--) {
          b.addHistory(Observation.builder().asOf(last.minusYears(k)).value(value()).build());
        }
      }
      if (chance(35)) {
        var bench = Benchmark.builder().source(maybe(60, () -> "Survey " + between(2018, 2026)));
        if (chance(80)) {
          bench.peerMedian(value());
        }
        if (chance(60)) {
          bench.topQuartile(value());
        }
        b.benchmark(bench.build());
      }
      return b.build();
    }

    Map<BuildingBlock, Integer> maturity() {
      Map<BuildingBlock, Integer> levels = new EnumMap<>(BuildingBlock.class);
      for (BuildingBlock block : BuildingBlock.values()) {
        if (chance(70)) {
          levels.put(block, between(1, 5));
        }
      }
      return levels;
    }
  }

  /** One random valid plan; ids are unique by construction (distinct prefixes per kind). */
  private static final class RandomPlan {
    private final Draw d;
    private final boolean complete;
    private LocalDate planStart = LocalDate.of(2026, 1, 1);
    private final List<String> swotIds = new ArrayList<>();
    private final List<String> goalIds = new ArrayList<>();
    private final List<String> strategyIds = new ArrayList<>();
    private final List<String> crmGoalIds = new ArrayList<>();
    private final List<String> relationshipIds = new ArrayList<>();
    private final List<String> crmTaskIds = new ArrayList<>();
    private final List<String> segmentIds = new ArrayList<>();
    private final List<String> capabilityIds = new ArrayList<>();
    private final List<String> phaseIds = new ArrayList<>();

    RandomPlan(Draw d) {
      this(d, false);
    }

    RandomPlan(Draw d, boolean complete) {
      this.d = d;
      this.complete = complete;
    }

    private boolean part(int percent) {
      return complete || d.chance(percent);
    }

    PlanDocument build() {
      var plan = PlanDocument.builder().formatVersion(PlanDocument.CURRENT_FORMAT_VERSION);
      if (d.chance(50)) {
        plan.revision(
            Revision.builder()
                .number(d.between(1, 9))
                .date(d.maybe(70, () -> d.date(LocalDate.of(2025, 1, 1), 700)))
                .author(d.maybe(50, () -> "Strategy office"))
                .build());
      }
      var org = Organization.builder().name(d.pick(COMPANIES));
      org.industry(d.maybe(80, () -> d.pick(INDUSTRIES)));
      if (d.chance(70)) {
        org.employees(d.between(0, 200_000));
      }
      plan.organization(org.build());
      if (part(85)) {
        Horizon horizon = d.horizon();
        planStart = horizon.start().orElse(planStart);
        plan.horizon(horizon);
      }
      // Build in document order so that ids exist before the links that use them.
      if (part(85)) {
        plan.corporatePlan(corporatePlan());
      }
      Optional<CrmStrategy> crm = part(85) ? Optional.of(crmStrategy()) : Optional.empty();
      plan.crmStrategy(crm);
      if (part(70)) {
        plan.crmConcept(crmConcept());
      }
      if (part(70)) {
        plan.currentState(currentState());
      }
      if (part(60)) {
        var roadmap = Roadmap.builder();
        int n = d.between(0, 5);
        for (int i = 1; i <= n; i++) {
          roadmap.addMilestone(
              Milestone.builder()
                  .id("M" + i)
                  .name(d.maybe(80, () -> "Milestone"))
                  .due(d.maybe(80, () -> d.date(planStart, 3 * 365)))
                  .delivers(d.subset(capabilityIds, 0))
                  .build());
        }
        plan.roadmap(roadmap.build());
      }
      return plan.build();
    }

    private List<Statement> statements(String prefix, int max) {
      List<Statement> out = new ArrayList<>();
      int n = d.between(0, max);
      for (int i = 1; i <= n; i++) {
        out.add(
            Statement.builder()
                .id(prefix + i)
                .statement(d.maybe(90, () -> "Statement " + prefix))
                .build());
      }
      return out;
    }

    private CorporatePlan corporatePlan() {
      var c = CorporatePlan.builder();
      c.environment(statements("ENV", 3));
      if (part(70)) {
        Swot swot =
            Swot.builder()
                .strengths(statements("SW-S", 3))
                .weaknesses(statements("SW-W", 3))
                .opportunities(statements("SW-O", 3))
                .threats(statements("SW-T", 3))
                .build();
        for (List<Statement> list :
            List.of(swot.strengths(), swot.weaknesses(), swot.opportunities(), swot.threats())) {
          list.forEach(s -> swotIds.add(s.id()));
        }
        c.swot(swot);
      }
      c.vision(d.maybe(80, () -> "Be the most trusted partner of our customers."));
      c.mission(d.maybe(70, () -> "We serve businesses with reliable services."));
      int goals = d.between(complete ? 1 : 0, 6);
      for (int i = 1; i <= goals; i++) {
        String id = "G" + i;
        goalIds.add(id);
        var g = StrategicGoal.builder().id(id).statement(d.maybe(90, () -> "Goal " + id));
        g.perspective(d.maybe(80, () -> d.pick(List.of(Perspective.values()))));
        g.swot(d.subset(swotIds, 0));
        int indicators = d.between(0, 4);
        for (int k = 1; k <= indicators; k++) {
          g.addIndicator(d.indicator(id + "-I" + k, planStart));
        }
        c.addGoal(g.build());
      }
      int strategies = d.between(complete ? 1 : 0, 5);
      for (int i = 1; i <= strategies; i++) {
        String id = "S" + i;
        strategyIds.add(id);
        c.addStrategy(
            Strategy.builder()
                .id(id)
                .area(
                    i == 1
                        ? Optional.of(StrategyArea.CRM)
                        : d.maybe(80, () -> d.pick(List.of(StrategyArea.values()))))
                .statement(d.maybe(90, () -> "Strategy " + id))
                .goals(d.subset(goalIds, 1))
                .build());
      }
      int tasks = d.between(0, 6);
      for (int i = 1; i <= tasks; i++) {
        c.addTask(task("T" + i, strategyIds));
      }
      return c.build();
    }

    private Task task(String id, List<String> strategies) {
      return Task.builder()
          .id(id)
          .statement(d.maybe(90, () -> "Task " + id))
          .strategy(strategies.isEmpty() ? Optional.empty() : d.maybe(85, () -> d.pick(strategies)))
          .owner(d.maybe(80, () -> d.pick(OWNERS)))
          .due(d.maybe(80, () -> d.date(planStart, 3 * 365)))
          .build();
    }

    private CrmStrategy crmStrategy() {
      var c = CrmStrategy.builder();
      if (!strategyIds.isEmpty() && d.chance(85)) {
        c.strategy(d.pick(strategyIds));
      }
      c.vision(d.maybe(80, () -> "Every client feels we know their business."));
      if (d.chance(70)) {
        var gov = Governance.builder().sponsor(d.maybe(80, () -> d.pick(OWNERS)));
        int roles = d.between(0, 3);
        for (int i = 1; i <= roles; i++) {
          gov.addRole(
              Role.builder().role("Role " + i).holder(d.maybe(80, () -> d.pick(OWNERS))).build());
        }
        c.governance(gov.build());
      }
      int goals = d.between(complete ? 1 : 0, 5);
      for (int i = 1; i <= goals; i++) {
        String id = "CG" + i;
        crmGoalIds.add(id);
        var g = CustomerGoal.builder().id(id).statement(d.maybe(90, () -> "CRM goal " + id));
        g.supports(d.subset(goalIds, 0));
        int indicators = d.between(0, 4);
        for (int k = 1; k <= indicators; k++) {
          g.addIndicator(d.indicator(id + "-I" + k, planStart));
        }
        c.addGoal(g.build());
      }
      // Segments come later in the document but are referenced by relationship strategies.
      int segments = d.between(complete ? 1 : 0, 4);
      for (int i = 1; i <= segments; i++) {
        segmentIds.add("SEG" + i);
      }
      int relationships = d.between(complete ? 1 : 0, 4);
      for (int i = 1; i <= relationships; i++) {
        String id = "RS" + i;
        relationshipIds.add(id);
        c.addRelationshipStrategy(
            RelationshipStrategy.builder()
                .id(id)
                .statement(d.maybe(90, () -> "Relationship strategy " + id))
                .goals(d.subset(crmGoalIds, 0))
                .segments(d.subset(segmentIds, 0))
                .build());
      }
      int tasks = d.between(complete ? 1 : 0, 6);
      for (int i = 1; i <= tasks; i++) {
        String id = "CT" + i;
        crmTaskIds.add(id);
        c.addTask(task(id, relationshipIds));
      }
      if (!segmentIds.isEmpty() || d.chance(30)) {
        var base = CustomerBase.builder();
        for (String id : segmentIds) {
          base.addSegment(
              Segment.builder()
                  .id(id)
                  .name(d.maybe(80, () -> "Segment " + id))
                  .ideal(d.chance(50))
                  .build());
        }
        int offerings = d.between(0, 3);
        for (int i = 1; i <= offerings; i++) {
          base.addOffering(
              Offering.builder()
                  .product("Product " + i)
                  .segment(
                      segmentIds.isEmpty()
                          ? Optional.empty()
                          : d.maybe(85, () -> d.pick(segmentIds)))
                  .price(d.maybe(60, () -> d.between(5, 500) + " USD per month"))
                  .channels(d.subset(List.of("key account manager", "web", "shop", "partner"), 0))
                  .build());
        }
        c.customerBase(base.build());
      }
      c.loyalty(d.maybe(60, () -> "Proactive account reviews."));
      c.interaction(d.maybe(60, () -> "One manager per client."));
      c.advocacy(d.maybe(60, () -> "Referral programme."));
      return c.build();
    }

    private CrmConcept crmConcept() {
      var c = CrmConcept.builder();
      c.architecture(d.maybe(80, () -> "Operational CRM on a customer data hub."));
      int phases = d.between(complete ? 1 : 0, 4);
      for (int i = 1; i <= phases; i++) {
        phaseIds.add("P" + i);
      }
      int capabilities = d.between(complete ? 1 : 0, 6);
      for (int i = 1; i <= capabilities; i++) {
        String id = "CAP" + i;
        capabilityIds.add(id);
        c.addCapability(
            Capability.builder()
                .id(id)
                .name(d.maybe(90, () -> "Capability " + id))
                .realizes(d.subset(crmTaskIds, 0))
                .phase(phaseIds.isEmpty() ? Optional.empty() : d.maybe(85, () -> d.pick(phaseIds)))
                .build());
      }
      LocalDate start = planStart;
      for (String id : phaseIds) {
        LocalDate end = start.plusDays(d.between(0, 400));
        c.addPhase(
            Phase.builder()
                .id(id)
                .name(d.maybe(80, () -> "Phase " + id))
                .start(d.chance(85) ? Optional.of(start) : Optional.empty())
                .end(d.chance(85) ? Optional.of(end) : Optional.empty())
                .build());
        start = end.plusDays(1);
      }
      for (String section : SECTIONS) {
        if (d.chance(60)) {
          c.putSection(section, "Text of " + section);
        }
      }
      return c.build();
    }

    private CurrentState currentState() {
      var s = CurrentState.builder();
      s.selfAssessment(d.maturity());
      s.skills(d.subset(List.of("Key account management", "Tariff design", "Analytics"), 0));
      s.resources(d.subset(List.of("BI team", "Data warehouse"), 0));
      int competitors = d.between(0, 3);
      for (int i = 1; i <= competitors; i++) {
        s.addCompetitor(
            Competitor.builder()
                .name("Competitor " + i)
                .position(d.maybe(80, () -> d.pick(List.of(CompetitivePosition.values()))))
                .build());
      }
      s.partners(d.subset(List.of("Reseller network", "Cloud partner"), 0));
      s.customers(d.maybe(60, () -> d.between(100, 100_000) + " customers"));
      int prior = d.between(0, 2);
      for (int i = 1; i <= prior; i++) {
        s.addPriorInitiative(
            PriorInitiative.builder()
                .name("Initiative " + i)
                .outcome(d.maybe(80, () -> d.pick(List.of(InitiativeOutcome.values()))))
                .reusable(d.subset(List.of("Customer master data", "Account hierarchy"), 0))
                .build());
      }
      int peers = d.between(0, 2);
      for (int i = 1; i <= peers; i++) {
        s.addPeer(
            PeerProfile.builder()
                .name("Peer " + i)
                .industry(d.maybe(70, () -> d.pick(INDUSTRIES)))
                .maturity(d.maturity())
                .build());
      }
      return s.build();
    }
  }
}
