package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.AssessmentReport;
import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import io.github.crmstrategy.rules.internal.pack.RuleData;
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
    KieBase kieBase = DefaultPack.newKieBase();
    List<String[]> remove = new ArrayList<>();
    for (KiePackage pkg : kieBase.getKiePackages()) {
      for (Rule rule : pkg.getRules()) {
        Object c = rule.getMetaData().get("category");
        String text = c == null ? "" : c.toString().replace("\"", "").strip();
        if (!text.equals(category.name())) {
          remove.add(new String[] {pkg.getName(), rule.getName()});
        }
      }
    }
    for (String[] r : remove) {
      kieBase.removeRule(r[0], r[1]);
    }
    return new Engine(new ReviewEngine(kieBase, RuleData.defaults()));
  }

  /** The facts the engine inserts for {@code plan} (what the rules match). */
  public static List<Object> facts(PlanDocument plan) {
    return ReviewEngine.defaults().planFacts(plan);
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
