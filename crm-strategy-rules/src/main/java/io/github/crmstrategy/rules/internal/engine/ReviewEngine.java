package io.github.crmstrategy.rules.internal.engine;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.Finding;
import io.github.crmstrategy.rules.FindingKey;
import io.github.crmstrategy.rules.MaturityResult;
import io.github.crmstrategy.rules.RouteProposal;
import io.github.crmstrategy.rules.RuleDescriptor;
import io.github.crmstrategy.rules.RuleExecutionException;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.SuppressedFinding;
import io.github.crmstrategy.rules.facts.CriterionScore;
import io.github.crmstrategy.rules.facts.LevelCap;
import io.github.crmstrategy.rules.internal.facts.EvidenceModel;
import io.github.crmstrategy.rules.internal.facts.FactExtractor;
import io.github.crmstrategy.rules.internal.facts.Semantics;
import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import io.github.crmstrategy.rules.internal.pack.RuleCatalog;
import io.github.crmstrategy.rules.internal.pack.RuleData;
import io.github.crmstrategy.rules.internal.pack.RuleMetadata;
import io.github.crmstrategy.rules.internal.pack.RulePack;
import io.github.crmstrategy.rules.profile.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * A compiled rule pack and its data: assesses plans. Thread-safe; each assessment has a session to
 * itself for its duration (reused from a {@link SessionPool} that keeps the rule data inserted) and
 * its own findings global.
 */
public final class ReviewEngine {
  /** The DRL global rules report findings to. */
  public static final String FINDINGS_GLOBAL = "findings";

  /**
   * Firing limit of the session pool's probe and clean-up (assessments use their {@link
   * AssessmentLimits}).
   */
  public static final int MAX_FIRINGS = AssessmentLimits.DEFAULT_MAX_FIRINGS;

  /**
   * Firings sampled after the firing limit to name the rule that keeps firing (untracked packs).
   */
  private static final int LOOP_SAMPLE = 2_000;

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReviewEngine.class);

  private final KieBase kieBase;
  private final SessionPool sessions;
  private final RuleData data;
  private final Semantics semantics;
  private final RulePack pack;
  private final ImmutableList<RuleDescriptor> descriptors;
  private final MaturityAssembly maturity;
  private final EvidenceModel evidenceModel;

  /** Metadata of every reporting rule, by {@link #key} (decision tables give many rules one id). */
  private final ImmutableMap<String, RuleMetadata> reporting;

  /** Keeps the pack's disabled rules from firing; {@code null} when none is disabled. */
  private final AgendaFilter disabledFilter;

  /**
   * Whether the pack has rules besides the built-in ones (an analyst's DRL or decision tables):
   * their firings are tracked and they run on a worker thread under the time budget.
   */
  private final boolean analystRules;

  /** Rules by name, for the rule of a condition that threw (Drools names it only by name). */
  private final ImmutableMap<String, Rule> rulesByName;

  /** An engine running {@code kieBase} with {@code data}, every rule as it is. */
  public ReviewEngine(KieBase kieBase, RuleData data) {
    this(kieBase, RulePack.of(data));
  }

  private static final class Defaults {
    static final ReviewEngine ENGINE = new ReviewEngine(DefaultPack.kieBase(), RuleData.defaults());
  }

  /** The shared engine of the default pack, built once per class loader. */
  public static ReviewEngine defaults() {
    return Defaults.ENGINE;
  }

  /** An engine running {@code kieBase} as {@code pack} configures it. */
  public ReviewEngine(KieBase kieBase, RulePack pack) {
    this(kieBase, pack, true);
  }

  /**
   * An engine running {@code kieBase} as {@code pack} configures it; {@code reuseSessions} false
   * gives every assessment a new session (tests compare both ways).
   */
  ReviewEngine(KieBase kieBase, RulePack pack, boolean reuseSessions) {
    this.kieBase = kieBase;
    this.sessions = new SessionPool(kieBase, pack.data().facts(), reuseSessions);
    this.data = pack.data();
    this.semantics = Semantics.of(pack.data().facts());
    this.pack = pack;
    this.descriptors = RuleCatalog.describe(kieBase, pack);
    this.maturity = new MaturityAssembly(data);
    this.evidenceModel =
        new EvidenceModel(
            data.maturity().blockAreas(),
            data.maturity().areaTerms(),
            data.maturity().integrationAreas(),
            data.maturity().signals());
    ImmutableMap.Builder<String, RuleMetadata> byKey = ImmutableMap.builder();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (RuleMetadata.isReportingRule(rule)) {
          byKey.put(key(rule), RuleMetadata.of(rule));
        }
      }
    }
    this.reporting = byKey.buildOrThrow();
    Map<String, Rule> byName = new HashMap<>();
    boolean own = false;
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        byName.putIfAbsent(rule.getName(), rule);
        own |= !BuiltIn.isBuiltIn(rule);
      }
    }
    this.rulesByName = ImmutableMap.copyOf(byName);
    this.analystRules = own;
    this.disabledFilter =
        pack.disabled().isEmpty()
            ? null
            : rejecting(keysWhere(m -> pack.disabled().contains(m.id())));
  }

  /** A rule's identity within the KieBase: package and name. */
  private static String key(Rule rule) {
    return rule.getPackageName() + "/" + rule.getName();
  }

  /** Keys of the reporting rules whose metadata satisfies {@code condition}. */
  private Set<String> keysWhere(java.util.function.Predicate<RuleMetadata> condition) {
    return reporting.entrySet().stream()
        .filter(e -> condition.test(e.getValue()))
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** A filter that lets every rule fire except those in {@code keys} (one set lookup per match). */
  private static AgendaFilter rejecting(Set<String> keys) {
    return match -> !keys.contains(key(match.getRule()));
  }

  /** The pack's reporting rules, by id. */
  public ImmutableList<RuleDescriptor> rules() {
    return descriptors;
  }

  /**
   * An agenda filter that accepts only the reporting rules of {@code category} (precomputed here,
   * so the filter costs one set lookup per match).
   */
  public AgendaFilter categoryFilter(Category category) {
    Set<String> keys =
        new java.util.HashSet<>(keysWhere(m -> m.category().equals(category.name())));
    // the mechanism rules that derive what those rules report (@serves)
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        if (RuleMetadata.serves(rule, category.name())) {
          keys.add(key(rule));
        }
      }
    }
    return match -> keys.contains(key(match.getRule()));
  }

  /** The draft route of {@code plan}, assessed to {@code report} (see {@code RoutePlanner}). */
  public RouteProposal route(PlanDocument plan, AssessmentReport report) {
    return new RoutePlanner(data.maturity()).propose(plan, report);
  }

  /** The rule data of the pack. */
  public RuleData data() {
    return data;
  }

  /** What the rule data says about words, as fact extraction uses it. */
  public Semantics semantics() {
    return semantics;
  }

  /** The compiled rules. */
  KieBase kieBase() {
    return kieBase;
  }

  /** The engine's sessions. */
  SessionPool sessions() {
    return sessions;
  }

  /** The pack configuration. */
  public RulePack pack() {
    return pack;
  }

  /** Reviews {@code plan}. */
  public AssessmentReport assess(PlanDocument plan) {
    return assess(plan, null);
  }

  /**
   * Reviews {@code plan}, firing only the rule matches {@code filter} accepts ({@code null}: all).
   * Internal: used to run one category of rules alone on the shared KieBase (no second compile),
   * e.g. {@code assess(plan, engine.categoryFilter(Category.REALISM))} in the benchmarks. The
   * filter vetoes firings only; rules it rejects still have their conditions evaluated, so it saves
   * little time (see docs/performance.md). Maturity scoring rules carry no category: with {@link
   * #categoryFilter} they do not fire and the report's maturity scores are all 0; the mechanism
   * rules that serve a category ({@code @serves}) fire with it.
   */
  public AssessmentReport assess(PlanDocument plan, AgendaFilter filter) {
    return assess(plan, filter, pack.limits());
  }

  /**
   * Reviews {@code plan} under {@code limits}, firing only the rule matches {@code filter} accepts
   * ({@code null}: all).
   *
   * @throws RuleExecutionException when a rule throws or a guard of {@code limits} stops the
   *     assessment; the session that ran it is discarded
   */
  public AssessmentReport assess(PlanDocument plan, AgendaFilter filter, AssessmentLimits limits) {
    List<Object> planFacts = planFacts(plan);
    Guard guard = new Guard(limits, analystRules);
    CollectingSink sink = new CollectingSink(pack.severities(), this::metadata, guard);
    AgendaFilter effective = both(disabledFilter, filter);
    String organization = plan.organization().name();
    // A session that holds the rule data already, lent by the pool (see SessionPool for why its
    // results equal a new session's). The session API is used directly: the batch-command layer of
    // StatelessKieSession cost about a quarter of a small plan's time. No event listener on this
    // path for the built-in pack: listeners make Drools build an event per firing; the firing-limit
    // diagnosis samples the firings after the limit instead (see #loopFailure).
    // Borrowed inside the guarded task: a new pooled session is probed with the rule data alone,
    // which runs an analyst's rule too, so the probe is under the time budget as well.
    AtomicReference<SessionPool.Lease> leased = new AtomicReference<>();
    boolean healthy = false;
    Fired fired;
    try {
      fired =
          guard.run(
              () -> {
                SessionPool.Lease lease = sessions.borrow();
                leased.set(lease);
                return fire(lease.session(), planFacts, effective, guard, sink, organization);
              },
              analystRules);
      if (guard.abandoned() || fired == null) {
        throw RuleFailures.stopped(guard, organization, BuiltIn::isBuiltIn, null);
      }
      healthy = guard.tripped() == null;
    } catch (RuleExecutionException e) {
      throw e;
    } catch (Exception e) {
      throw RuleFailures.thrown(
          e instanceof RuntimeException r ? r : new IllegalStateException(e),
          organization,
          guard,
          BuiltIn::isBuiltIn,
          this::rule);
    } finally {
      SessionPool.Lease lease = leased.get();
      if (lease != null && !guard.abandoned()) {
        guard.unwatch(lease.session());
        sessions.release(lease, healthy);
      }
    }
    List<Object> criteria = fired.criteria();
    List<Object> caps = fired.caps();

    List<Finding> findings = new ArrayList<>();
    List<SuppressedFinding> suppressed = new ArrayList<>();
    for (Finding f : sink.findings()) {
      FindingKey key = FindingKey.of(f);
      Optional<Suppression> s =
          pack.suppressions().stream().filter(x -> x.matches(key)).findFirst();
      if (s.isPresent()) {
        suppressed.add(
            SuppressedFinding.builder().finding(f).justification(s.get().justification()).build());
      } else {
        findings.add(f);
      }
    }
    findings.sort(Finding.ORDER);
    findings = Folding.fold(findings, data.tables().folds());
    suppressed.sort(Comparator.comparing(SuppressedFinding::finding, Finding.ORDER));
    Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    Map<Category, Integer> byCategory = new EnumMap<>(Category.class);
    for (Severity s : Severity.values()) {
      bySeverity.put(s, 0);
    }
    for (Category c : Category.values()) {
      byCategory.put(c, 0);
    }
    for (Finding f : findings) {
      bySeverity.merge(f.severity(), 1, Integer::sum);
      byCategory.merge(f.category(), 1, Integer::sum);
    }
    MaturityResult maturityResult =
        maturity.maturity(plan, cast(criteria, CriterionScore.class), cast(caps, LevelCap.class));
    return AssessmentReport.builder()
        .rulePack(pack.name())
        .rulePackVersion(data.packVersion())
        .organization(plan.organization().name())
        .maturity(maturityResult)
        .nextActions(
            new ActionPlanner(data.maturity(), data.values()).plan(maturityResult, findings))
        .documentQuality(maturity.documentQuality(cast(criteria, CriterionScore.class)))
        .findings(findings)
        .countsBySeverity(bySeverity)
        .countsByCategory(byCategory)
        .suppressedFindings(suppressed)
        .translations(pack.translations())
        .build();
  }

  /** What one assessment's firing leaves for the report: the maturity facts. */
  private record Fired(List<Object> criteria, List<Object> caps) {}

  /**
   * Inserts {@code planFacts} into {@code session} (which holds the rule data) and fires it under
   * {@code guard}: the firing limit is Drools' own, the other guards halt the session.
   *
   * @throws RuleExecutionException when a rule throws or a guard trips
   */
  private Fired fire(
      KieSession session,
      List<Object> planFacts,
      AgendaFilter filter,
      Guard guard,
      CollectingSink sink,
      String organization) {
    guard.watch(session);
    session.setGlobal(FINDINGS_GLOBAL, sink);
    int max = (int) Math.min(Integer.MAX_VALUE, guard.limits().firingLimit(planFacts.size()));
    int fired;
    try {
      for (Object fact : planFacts) {
        session.insert(fact);
      }
      guard.startFiring();
      fired = filter == null ? session.fireAllRules(max) : session.fireAllRules(filter, max);
    } catch (RuntimeException e) {
      throw RuleFailures.thrown(e, organization, guard, BuiltIn::isBuiltIn, this::rule);
    }
    if (guard.tripped() != null) {
      throw RuleFailures.stopped(guard, organization, BuiltIn::isBuiltIn, null);
    }
    if (fired >= max) {
      throw loopFailure(session, filter, guard, max, organization);
    }
    return new Fired(
        new ArrayList<>(session.getObjects(o -> o instanceof CriterionScore)),
        new ArrayList<>(session.getObjects(o -> o instanceof LevelCap)));
  }

  /**
   * The error for an assessment that reached the firing limit, naming the rule that kept firing:
   * from the firings tracked for packs with analysts' rules, else from a sample of the firings that
   * follow the limit (the session is discarded anyway, and the loop is still going on in it).
   */
  private RuntimeException loopFailure(
      KieSession session, AgendaFilter filter, Guard guard, int limit, String organization) {
    LOG.debug("Rule firing limit of {} reached assessing {}", limit, organization);
    if (guard.tracking()) {
      Map<Rule, Integer> counts = new HashMap<>();
      guard.counts().forEach((rule, n) -> counts.put(rule, n[0]));
      return RuleFailures.looped(
          new java.util.IdentityHashMap<>(counts),
          rule -> RuleFailures.pathOf(Guard.objectsOf(guard.lastMatchOf(rule))),
          false,
          0,
          BuiltIn::isBuiltIn,
          limit,
          organization);
    }
    FiringCounter counter = new FiringCounter();
    try {
      session.addEventListener(counter);
      if (filter == null) {
        session.fireAllRules(LOOP_SAMPLE);
      } else {
        session.fireAllRules(filter, LOOP_SAMPLE);
      }
    } catch (RuntimeException e) {
      return RuleFailures.thrown(e, organization, guard, BuiltIn::isBuiltIn, this::rule);
    } finally {
      session.removeEventListener(counter);
    }
    return RuleFailures.looped(
        counter.counts(),
        counter::lastPath,
        true,
        counter.total(),
        BuiltIn::isBuiltIn,
        limit,
        organization);
  }

  /** The rule of the pack named {@code name}. */
  private Optional<Rule> rule(String name) {
    return Optional.ofNullable(rulesByName.get(name));
  }

  /** Metadata of {@code rule}: precomputed for reporting rules, parsed for any other. */
  private RuleMetadata metadata(Rule rule) {
    RuleMetadata m = reporting.get(key(rule));
    return m != null ? m : RuleMetadata.of(rule);
  }

  /** Both filters ({@code null} accepts everything). */
  private static AgendaFilter both(AgendaFilter a, AgendaFilter b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return match -> a.accept(match) && b.accept(match);
  }

  /**
   * The facts this engine inserts for {@code plan}: its element facts and the maturity evidence
   * measured with this pack's model.
   */
  public List<Object> planFacts(PlanDocument plan) {
    return FactExtractor.extract(plan, semantics, evidenceModel);
  }

  private static <T> List<T> cast(List<Object> facts, Class<T> type) {
    return facts.stream().map(type::cast).toList();
  }
}
