package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.IndicatorRelation;
import io.github.crmstrategy.rules.facts.OrderingCheck;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.rules.internal.facts.Semantics;
import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import io.github.crmstrategy.rules.internal.pack.RuleData;
import io.github.crmstrategy.rules.internal.pack.RuleMetadata;
import io.github.crmstrategy.rules.profile.DataTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The benchmarks' one gateway to crm-strategy-rules' internals (the declared exception of the
 * architecture tests, {@code BoundariesTest.EXCEPTIONS}): the benchmarks measure parts of the
 * review that the public {@code Reviewer} does not expose on their own (fact extraction, engines
 * over private KieBase copies, a realism-only KieBase, a category filter). Everything else in this
 * module uses the public API.
 */
public final class Internals {
  private Internals() {}

  /** An engine the benchmarks drive, without its internal type leaking into them. */
  public static final class Engine {
    private final ReviewEngine engine;
    private final AgendaFilter filter;

    private Engine(ReviewEngine engine, AgendaFilter filter) {
      this.engine = engine;
      this.filter = filter;
    }

    private Engine(ReviewEngine engine) {
      this(engine, null);
    }

    /**
     * Reviews {@code plan} (with every rule, unless this engine is {@link #firingOnly filtered}).
     */
    public AssessmentReport assess(PlanDocument plan) {
      return engine.assess(plan, filter);
    }

    /**
     * This engine firing only the reporting rules of {@code category}: an agenda filter, computed
     * once here; the other rules' conditions are still evaluated. Maturity scoring rules carry no
     * category, so the filtered reports' maturity scores are all 0.
     */
    public Engine firingOnly(Category category) {
      return new Engine(engine, engine.categoryFilter(category));
    }
  }

  /**
   * The library's shared engine of the default pack (what {@code Reviewer.withDefaultRules()}
   * runs).
   */
  public static Engine shared() {
    return new Engine(ReviewEngine.defaults());
  }

  /**
   * A new engine over a private KieBase built from the precompiled model, as the library builds its
   * own (for retained-heap measurements: each call builds a new Rete network).
   */
  public static Engine fresh() {
    return new Engine(new ReviewEngine(DefaultPack.newKieBase(), RuleData.defaults()));
  }

  /** An engine running {@code kieBase} with the default rule data (a run-time compiled pack). */
  public static Engine over(KieBase kieBase) {
    return new Engine(new ReviewEngine(kieBase, RuleData.defaults()));
  }

  /**
   * An engine whose KieBase holds only the reporting rules of {@code category}: a private copy of
   * the precompiled default KieBase (built from the generated model as the library builds it, no
   * compile) with every other rule removed. Benchmark-only; the shared default engine is untouched.
   */
  public static Engine only(Category category) {
    return new Engine(new ReviewEngine(onlyKieBase(category), RuleData.defaults()));
  }

  /**
   * A private copy of the default KieBase with only the rules of {@code category}: its reporting
   * rules and the mechanism rules that serve it ({@code @serves}, e.g. the relations between
   * indicators for the realism rules).
   */
  private static KieBase onlyKieBase(Category category) {
    KieBase kieBase = DefaultPack.newKieBase();
    List<String[]> remove = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Object c = rule.getMetaData().get("category");
        String text = c == null ? "" : c.toString().replace("\"", "").strip();
        if (!text.equals(category.name()) && !RuleMetadata.serves(rule, category.name())) {
          remove.add(new String[] {pkg.getName(), rule.getName()});
        }
      }
    }
    for (String[] r : remove) {
      kieBase.removeRule(r[0], r[1]);
    }
    return kieBase;
  }

  /** The facts the engine inserts for {@code plan} (what the rules match). */
  public static List<Object> facts(PlanDocument plan) {
    return ReviewEngine.defaults().planFacts(plan);
  }

  private static final Semantics SEMANTICS = Semantics.of(RuleData.defaults().facts());

  /**
   * The default rule data without folding (folding.yaml replaced by nothing): what the rules report
   * before consequences are folded into their root causes.
   */
  private static RuleData unfoldedData() {
    RuleData d = RuleData.defaults();
    return d.derive(
        d.packName(),
        Map.of(),
        d.growthLimits(),
        d.benchmarks(),
        d.sections(),
        d.maturity(),
        List.of(new DataTable("folding", true, List.of())));
  }

  /** {@link #shared()}'s rules over the default data without folding. */
  public static Engine unfolded() {
    return new Engine(new ReviewEngine(DefaultPack.kieBase(), unfoldedData()));
  }

  /** {@link #only(Category)} over the default data without folding. */
  public static Engine onlyUnfolded(Category category) {
    return new Engine(new ReviewEngine(onlyKieBase(category), unfoldedData()));
  }

  /** The default pack's relations between indicators, as the rules see them. */
  public static List<IndicatorRelation> relations() {
    return RuleData.defaults().tables().relations();
  }

  /** The default pack's orderings, with their lag parameters resolved, as the rules see them. */
  public static List<OrderingCheck> orderings() {
    return RuleData.defaults().facts().stream()
        .filter(OrderingCheck.class::isInstance)
        .map(OrderingCheck.class::cast)
        .toList();
  }

  /** The default pack's rule data facts of {@code type}. */
  public static <T> List<T> data(Class<T> type) {
    return RuleData.defaults().facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** The default pack's growth limits, as the rules see them. */
  public static List<GrowthLimit> growthLimits() {
    return RuleData.defaults().growthLimits();
  }

  /** The default pack's benchmark ranges, as the rules see them. */
  public static List<BenchmarkRange> benchmarkRanges() {
    return RuleData.defaults().benchmarks();
  }

  /** The default pack's parameter values, by name. */
  public static Map<String, Double> parameters() {
    return RuleData.defaults().values();
  }

  /** Loads the rule data classes (and Jackson), for a heap baseline taken after them. */
  public static void loadRuleData() {
    RuleData.defaults();
  }
}
