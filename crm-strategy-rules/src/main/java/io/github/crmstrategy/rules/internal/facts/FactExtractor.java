package io.github.crmstrategy.rules.internal.facts;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Multiset;
import io.github.crmstrategy.model.BuildingBlock;
import io.github.crmstrategy.model.Capability;
import io.github.crmstrategy.model.CorporatePlan;
import io.github.crmstrategy.model.CrmConcept;
import io.github.crmstrategy.model.CrmStrategy;
import io.github.crmstrategy.model.CurrentState;
import io.github.crmstrategy.model.CustomerBase;
import io.github.crmstrategy.model.CustomerGoal;
import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.model.Governance;
import io.github.crmstrategy.model.Horizon;
import io.github.crmstrategy.model.Indicator;
import io.github.crmstrategy.model.IndicatorKinds;
import io.github.crmstrategy.model.Milestone;
import io.github.crmstrategy.model.Observation;
import io.github.crmstrategy.model.Offering;
import io.github.crmstrategy.model.PeerProfile;
import io.github.crmstrategy.model.Phase;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.model.PriorInitiative;
import io.github.crmstrategy.model.RelationshipStrategy;
import io.github.crmstrategy.model.Revision;
import io.github.crmstrategy.model.Roadmap;
import io.github.crmstrategy.model.Segment;
import io.github.crmstrategy.model.StrategicGoal;
import io.github.crmstrategy.model.Strategy;
import io.github.crmstrategy.model.Swot;
import io.github.crmstrategy.model.Task;
import io.github.crmstrategy.rules.facts.CapabilityFact;
import io.github.crmstrategy.rules.facts.CompetitorFact;
import io.github.crmstrategy.rules.facts.ConceptSectionFact;
import io.github.crmstrategy.rules.facts.GoalFact;
import io.github.crmstrategy.rules.facts.IndicatorFact;
import io.github.crmstrategy.rules.facts.MaturityLevelFact;
import io.github.crmstrategy.rules.facts.MilestoneFact;
import io.github.crmstrategy.rules.facts.PhaseFact;
import io.github.crmstrategy.rules.facts.PlanFact;
import io.github.crmstrategy.rules.facts.PriorInitiativeFact;
import io.github.crmstrategy.rules.facts.Reference;
import io.github.crmstrategy.rules.facts.Scope;
import io.github.crmstrategy.rules.facts.SegmentFact;
import io.github.crmstrategy.rules.facts.StrategyFact;
import io.github.crmstrategy.rules.facts.TaskFact;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a plan into the flat facts the rules match: one fact per element with its path, the links
 * as {@link Reference} facts, and derived numbers (link counts, yearly changes, trends) computed
 * once here so that rules need no cartesian joins. Linear in the size of the plan.
 */
public final class FactExtractor {
  /** Days in an average year, for yearly rates. */
  private static final double DAYS_PER_YEAR = 365.25;

  /** Shortest span (in years) over which a yearly rate is computed. */
  private static final double MIN_YEARS = 0.25;

  private static final ImmutableSet<String> PERCENT_UNITS = ImmutableSet.of("percent", "%", "pct");
  private static final ImmutableSet<String> POINT_UNITS = ImmutableSet.of("points", "pts", "score");
  private static final ImmutableSet<String> PERCENT_KINDS =
      ImmutableSet.of(
          IndicatorKinds.RETENTION_RATE,
          IndicatorKinds.CHURN_RATE,
          IndicatorKinds.RETURNING_CUSTOMER_RATIO,
          IndicatorKinds.REPEAT_PURCHASE_RATE,
          IndicatorKinds.CONVERSION_RATE);
  private static final ImmutableSet<String> STOP_WORDS =
      ImmutableSet.of(
          "about", "after", "their", "there", "these", "those", "which", "where", "while", "every",
          "other", "would", "could", "should", "being", "become", "through", "within", "company",
          "always", "under");

  private FactExtractor() {}

  /** All facts of {@code plan}. */
  public static List<Object> extract(PlanDocument plan) {
    List<Object> facts = new ArrayList<>();
    ElementPath root = ElementPath.root();
    Optional<CorporatePlan> corp = plan.corporatePlan();
    Optional<CrmStrategy> crm = plan.crmStrategy();
    Optional<CrmConcept> concept = plan.crmConcept();
    Optional<CurrentState> state = plan.currentState();
    Optional<Roadmap> roadmap = plan.roadmap();
    LocalDate horizonEnd = plan.horizon().flatMap(Horizon::end).orElse(null);

    // Link counts, computed in one pass over the references.
    Multiset<String> goalServedBy = HashMultiset.create();
    Multiset<String> corporateGoalSupportedBy = HashMultiset.create();
    Multiset<String> strategyTasks = HashMultiset.create();
    Multiset<String> taskRealizedBy = HashMultiset.create();
    Multiset<String> capabilityDeliveredBy = HashMultiset.create();
    corp.ifPresent(
        c -> {
          c.strategies().forEach(s -> goalServedBy.addAll(new HashSet<>(s.goals())));
          c.tasks().forEach(t -> t.strategy().ifPresent(strategyTasks::add));
        });
    crm.ifPresent(
        c -> {
          c.relationshipStrategies().forEach(s -> goalServedBy.addAll(new HashSet<>(s.goals())));
          c.goals().forEach(g -> corporateGoalSupportedBy.addAll(new HashSet<>(g.supports())));
          c.tasks().forEach(t -> t.strategy().ifPresent(strategyTasks::add));
        });
    concept.ifPresent(
        c -> c.capabilities().forEach(cap -> taskRealizedBy.addAll(new HashSet<>(cap.realizes()))));
    roadmap.ifPresent(
        r ->
            r.milestones().forEach(m -> capabilityDeliveredBy.addAll(new HashSet<>(m.delivers()))));

    // Corporate plan.
    corp.ifPresent(
        c -> {
          ElementPath cp = root.field("corporatePlan");
          for (int i = 0; i < c.goals().size(); i++) {
            StrategicGoal g = c.goals().get(i);
            ElementPath gp = cp.element("goals", g.id(), i);
            facts.add(
                new GoalFact(
                    g.id(),
                    gp.toString(),
                    Scope.CORPORATE,
                    g.statement().orElse(""),
                    g.perspective().map(Object::toString).orElse(""),
                    g.indicators().size(),
                    0,
                    goalServedBy.count(g.id()),
                    corporateGoalSupportedBy.count(g.id())));
            references(facts, "answers", g.id(), gp, "swot", g.swot());
            indicators(facts, g.indicators(), g.id(), gp, Scope.CORPORATE);
          }
          for (int i = 0; i < c.strategies().size(); i++) {
            Strategy s = c.strategies().get(i);
            ElementPath sp = cp.element("strategies", s.id(), i);
            facts.add(
                new StrategyFact(
                    s.id(),
                    sp.toString(),
                    Scope.CORPORATE,
                    s.area().map(Object::toString).orElse(""),
                    s.statement().orElse(""),
                    s.goals().size(),
                    strategyTasks.count(s.id()),
                    0));
            references(facts, "serves", s.id(), sp, "goals", s.goals());
          }
          tasks(facts, c.tasks(), cp, Scope.CORPORATE, taskRealizedBy);
        });

    // CRM strategy.
    crm.ifPresent(
        c -> {
          ElementPath sp = root.field("crmStrategy");
          c.strategy()
              .ifPresent(
                  s ->
                      facts.add(
                          new Reference(
                              "details", "crmStrategy", sp.field("strategy").toString(), s)));
          for (int i = 0; i < c.goals().size(); i++) {
            CustomerGoal g = c.goals().get(i);
            ElementPath gp = sp.element("goals", g.id(), i);
            facts.add(
                new GoalFact(
                    g.id(),
                    gp.toString(),
                    Scope.CRM,
                    g.statement().orElse(""),
                    "",
                    g.indicators().size(),
                    g.supports().size(),
                    goalServedBy.count(g.id()),
                    0));
            references(facts, "supports", g.id(), gp, "supports", g.supports());
            indicators(facts, g.indicators(), g.id(), gp, Scope.CRM);
          }
          for (int i = 0; i < c.relationshipStrategies().size(); i++) {
            RelationshipStrategy r = c.relationshipStrategies().get(i);
            ElementPath rp = sp.element("relationshipStrategies", r.id(), i);
            facts.add(
                new StrategyFact(
                    r.id(),
                    rp.toString(),
                    Scope.CRM,
                    "",
                    r.statement().orElse(""),
                    r.goals().size(),
                    strategyTasks.count(r.id()),
                    r.segments().size()));
            references(facts, "serves", r.id(), rp, "goals", r.goals());
            references(facts, "targets", r.id(), rp, "segments", r.segments());
          }
          tasks(facts, c.tasks(), sp, Scope.CRM, taskRealizedBy);
          c.customerBase()
              .ifPresent(
                  b -> {
                    ElementPath bp = sp.field("customerBase");
                    for (int i = 0; i < b.segments().size(); i++) {
                      Segment s = b.segments().get(i);
                      facts.add(
                          new SegmentFact(
                              s.id(), bp.element("segments", s.id(), i).toString(), s.ideal()));
                    }
                    for (int i = 0; i < b.offerings().size(); i++) {
                      Offering o = b.offerings().get(i);
                      String key = o.product().orElse(Integer.toString(i));
                      ElementPath op = bp.element("offerings", key, i);
                      o.segment()
                          .ifPresent(
                              seg ->
                                  facts.add(
                                      new Reference(
                                          "offeredTo", key, op.field("segment").toString(), seg)));
                    }
                  });
        });

    // CRM concept.
    concept.ifPresent(
        c -> {
          ElementPath kp = root.field("crmConcept");
          for (int i = 0; i < c.capabilities().size(); i++) {
            Capability cap = c.capabilities().get(i);
            ElementPath capPath = kp.element("capabilities", cap.id(), i);
            facts.add(
                new CapabilityFact(
                    cap.id(),
                    capPath.toString(),
                    cap.name().orElse(""),
                    cap.realizes().size(),
                    cap.phase().orElse(""),
                    capabilityDeliveredBy.count(cap.id())));
            references(facts, "realizes", cap.id(), capPath, "realizes", cap.realizes());
            cap.phase()
                .ifPresent(
                    p ->
                        facts.add(
                            new Reference(
                                "inPhase", cap.id(), capPath.field("phase").toString(), p)));
          }
          for (int i = 0; i < c.phases().size(); i++) {
            Phase p = c.phases().get(i);
            facts.add(
                new PhaseFact(
                    p.id(),
                    kp.element("phases", p.id(), i).toString(),
                    p.start().orElse(null),
                    p.end().orElse(null)));
          }
          for (Map.Entry<String, String> e : c.sections().entrySet()) {
            facts.add(
                new ConceptSectionFact(
                    e.getKey(),
                    kp.field("sections").field(e.getKey()).toString(),
                    e.getValue().strip().length()));
          }
        });

    // Current state.
    state.ifPresent(
        s -> {
          ElementPath sp = root.field("currentState");
          for (Map.Entry<BuildingBlock, Integer> e : s.selfAssessment().entrySet()) {
            facts.add(
                new MaturityLevelFact(
                    "self",
                    e.getKey().id(),
                    e.getValue(),
                    sp.field("selfAssessment").field(e.getKey().id()).toString()));
          }
          for (int i = 0; i < s.peers().size(); i++) {
            PeerProfile p = s.peers().get(i);
            ElementPath pp = sp.element("peers", p.name(), i).field("maturity");
            for (Map.Entry<BuildingBlock, Integer> e : p.maturity().entrySet()) {
              facts.add(
                  new MaturityLevelFact(
                      p.name(),
                      e.getKey().id(),
                      e.getValue(),
                      pp.field(e.getKey().id()).toString()));
            }
          }
          for (int i = 0; i < s.competitors().size(); i++) {
            var comp = s.competitors().get(i);
            facts.add(
                new CompetitorFact(
                    comp.name(),
                    sp.element("competitors", comp.name(), i).toString(),
                    comp.position().map(Object::toString).orElse("")));
          }
          for (int i = 0; i < s.priorInitiatives().size(); i++) {
            PriorInitiative p = s.priorInitiatives().get(i);
            facts.add(
                new PriorInitiativeFact(
                    p.name(),
                    sp.element("priorInitiatives", p.name(), i).toString(),
                    p.outcome().map(Object::toString).orElse(""),
                    p.reusable().size()));
          }
        });

    // Roadmap.
    roadmap.ifPresent(
        r -> {
          ElementPath rp = root.field("roadmap");
          for (int i = 0; i < r.milestones().size(); i++) {
            Milestone m = r.milestones().get(i);
            ElementPath mp = rp.element("milestones", m.id(), i);
            facts.add(
                new MilestoneFact(
                    m.id(),
                    mp.toString(),
                    m.due().isPresent(),
                    m.due().orElse(null),
                    m.delivers().size()));
            references(facts, "delivers", m.id(), mp, "delivers", m.delivers());
          }
        });

    facts.add(planFact(plan, horizonEnd));
    return facts;
  }

  private static PlanFact planFact(PlanDocument plan, LocalDate horizonEnd) {
    Optional<CorporatePlan> corp = plan.corporatePlan();
    Optional<CrmStrategy> crm = plan.crmStrategy();
    Optional<Swot> swot = corp.flatMap(CorporatePlan::swot);
    Optional<Governance> gov = crm.flatMap(CrmStrategy::governance);
    Optional<CustomerBase> base = crm.flatMap(CrmStrategy::customerBase);
    Optional<CurrentState> state = plan.currentState();
    LocalDate horizonStart = plan.horizon().flatMap(Horizon::start).orElse(null);
    String corporateVision = corp.flatMap(CorporatePlan::vision).map(String::strip).orElse("");
    String crmVision = crm.flatMap(CrmStrategy::vision).map(String::strip).orElse("");
    LocalDate asOf = plan.revision().flatMap(Revision::date).orElse(horizonStart);
    return new PlanFact(
        plan.organization().name(),
        plan.organization().industry().map(i -> i.strip().toLowerCase(Locale.ROOT)).orElse(""),
        horizonStart != null && horizonEnd != null,
        horizonStart,
        horizonEnd,
        asOf,
        corp.map(c -> c.environment().size()).orElse(0),
        swot.isPresent(),
        swot.map(s -> s.strengths().size()).orElse(0),
        swot.map(s -> s.weaknesses().size()).orElse(0),
        swot.map(s -> s.opportunities().size()).orElse(0),
        swot.map(s -> s.threats().size()).orElse(0),
        corporateVision,
        corp.flatMap(CorporatePlan::mission).map(String::strip).orElse(""),
        crm.isPresent(),
        crm.flatMap(CrmStrategy::strategy).orElse(""),
        crmVision,
        sharedTerms(corporateVision, crmVision),
        gov.isPresent(),
        gov.flatMap(Governance::sponsor).map(String::strip).orElse(""),
        gov.map(g -> g.roles().size()).orElse(0),
        gov.map(g -> (int) g.roles().stream().filter(r -> r.holder().isPresent()).count())
            .orElse(0),
        base.isPresent(),
        base.map(b -> (int) b.segments().stream().filter(Segment::ideal).count()).orElse(0),
        base.map(b -> b.offerings().size()).orElse(0),
        base.map(b -> (int) b.offerings().stream().filter(FactExtractor::complete).count())
            .orElse(0),
        crm.flatMap(CrmStrategy::loyalty).map(String::strip).orElse(""),
        crm.flatMap(CrmStrategy::interaction).map(String::strip).orElse(""),
        crm.flatMap(CrmStrategy::advocacy).map(String::strip).orElse(""),
        plan.crmConcept().isPresent(),
        plan.crmConcept().flatMap(CrmConcept::architecture).map(String::strip).orElse(""),
        state.isPresent(),
        state.map(s -> s.selfAssessment().size()).orElse(0),
        state.map(s -> s.skills().size()).orElse(0),
        state.map(s -> s.resources().size()).orElse(0),
        state.map(s -> s.partners().size()).orElse(0),
        state.flatMap(CurrentState::customers).filter(s -> !s.isBlank()).isPresent(),
        state.map(s -> s.competitors().size()).orElse(0),
        state.map(s -> s.priorInitiatives().size()).orElse(0),
        state.map(s -> s.peers().size()).orElse(0),
        plan.roadmap().isPresent(),
        plan.roadmap().map(r -> r.milestones().size()).orElse(0),
        corp.isPresent(),
        plan.revision().map(r -> r.number().orElse(0)).orElse(0));
  }

  private static boolean complete(Offering o) {
    return o.product().isPresent()
        && o.segment().isPresent()
        && o.price().filter(p -> !p.isBlank()).isPresent()
        && !o.channels().isEmpty();
  }

  private static void references(
      List<Object> facts,
      String relation,
      String from,
      ElementPath fromPath,
      String list,
      List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      facts.add(
          new Reference(
              relation, from, fromPath.element(list, ids.get(i), i).toString(), ids.get(i)));
    }
  }

  private static void tasks(
      List<Object> facts,
      List<Task> tasks,
      ElementPath parent,
      Scope scope,
      Multiset<String> realizedBy) {
    for (int i = 0; i < tasks.size(); i++) {
      Task t = tasks.get(i);
      ElementPath tp = parent.element("tasks", t.id(), i);
      facts.add(
          new TaskFact(
              t.id(),
              tp.toString(),
              scope,
              t.strategy().orElse(""),
              t.owner().map(String::strip).orElse(""),
              t.due().isPresent(),
              t.due().orElse(null),
              scope == Scope.CRM ? realizedBy.count(t.id()) : 0));
      t.strategy()
          .ifPresent(
              s ->
                  facts.add(
                      new Reference("carriesOut", t.id(), tp.field("strategy").toString(), s)));
    }
  }

  private static void indicators(
      List<Object> facts,
      List<Indicator> indicators,
      String goalId,
      ElementPath goalPath,
      Scope scope) {
    for (int i = 0; i < indicators.size(); i++) {
      Indicator ind = indicators.get(i);
      facts.add(
          indicatorFact(ind, goalId, goalPath, goalPath.element("indicators", ind.id(), i), scope));
    }
  }

  /** The indicator fact with its derived yearly changes. */
  static IndicatorFact indicatorFact(
      Indicator ind, String goalId, ElementPath goalPath, ElementPath path, Scope scope) {
    String kind = ind.kind().map(String::strip).orElse("");
    String unit = ind.unit().map(u -> u.strip().toLowerCase(Locale.ROOT)).orElse("");
    boolean percent =
        PERCENT_UNITS.contains(unit) || (unit.isEmpty() && PERCENT_KINDS.contains(kind));
    boolean points =
        percent || POINT_UNITS.contains(unit) || IndicatorKinds.NET_PROMOTER_SCORE.equals(kind);
    double baseline = ind.baseline().map(b -> b.value()).orElse(0.0);
    LocalDate baselineDate = ind.baseline().flatMap(b -> b.asOf()).orElse(null);
    double target = ind.target().map(t -> t.value()).orElse(0.0);
    LocalDate due = ind.target().flatMap(t -> t.due()).orElse(null);

    double years = baselineDate != null && due != null ? years(baselineDate, due) : 0;
    Double required =
        ind.baseline().isPresent() && ind.target().isPresent() && years >= MIN_YEARS
            ? yearlyChange(baseline, target, years, points)
            : null;

    // Trend: from the earliest observation to the latest (the baseline counts as one).
    List<Observation> points0 = new ArrayList<>(ind.history());
    if (baselineDate != null) {
      points0.add(Observation.builder().asOf(baselineDate).value(baseline).build());
    }
    Double trend = null;
    if (points0.size() >= 2) {
      Observation first = points0.stream().min(Comparator.comparing(Observation::asOf)).get();
      Observation last = points0.stream().max(Comparator.comparing(Observation::asOf)).get();
      double span = years(first.asOf(), last.asOf());
      if (span >= MIN_YEARS) {
        trend = yearlyChange(first.value(), last.value(), span, points);
      }
    }
    var bench = ind.benchmark();
    return new IndicatorFact(
        ind.id(),
        path.toString(),
        goalId,
        goalPath.toString(),
        scope,
        ind.name().orElse(""),
        kind,
        unit,
        percent,
        points,
        ind.direction().map(Object::toString).orElse(""),
        ind.baseline().isPresent(),
        baseline,
        baselineDate,
        ind.target().isPresent(),
        target,
        due,
        ind.history().size(),
        trend != null,
        trend == null ? 0 : trend,
        required != null,
        required == null ? 0 : required,
        years,
        bench.isPresent(),
        bench.map(b -> b.peerMedian().isPresent()).orElse(false),
        bench.map(b -> b.peerMedian().orElse(0)).orElse(0.0),
        bench.map(b -> b.topQuartile().isPresent()).orElse(false),
        bench.map(b -> b.topQuartile().orElse(0)).orElse(0.0),
        ind.history().stream().mapToDouble(Observation::value).min().orElse(0),
        ind.history().stream().mapToDouble(Observation::value).max().orElse(0));
  }

  /**
   * The yearly change from {@code from} to {@code to} over {@code years}: points per year, or
   * compound percent per year (null when a compound rate is undefined because a value is not
   * positive).
   */
  static Double yearlyChange(double from, double to, double years, boolean points) {
    if (points) {
      return (to - from) / years;
    }
    if (from <= 0 || to <= 0) {
      return null;
    }
    return (Math.pow(to / from, 1 / years) - 1) * 100;
  }

  static double years(LocalDate from, LocalDate to) {
    return ChronoUnit.DAYS.between(from, to) / DAYS_PER_YEAR;
  }

  /** Key terms (stems of words of five letters or more) the two texts share. */
  static int sharedTerms(String a, String b) {
    Set<String> ta = terms(a);
    ta.retainAll(terms(b));
    return ta.size();
  }

  private static Set<String> terms(String text) {
    Set<String> out = new HashSet<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (w.length() >= 5 && !STOP_WORDS.contains(w)) {
        out.add(w.length() > 6 ? w.substring(0, 6) : w);
      }
    }
    return out;
  }
}
