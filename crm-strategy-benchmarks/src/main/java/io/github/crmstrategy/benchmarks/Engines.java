package io.github.crmstrategy.benchmarks;

import io.github.crmstrategy.rules.Category;
import io.github.crmstrategy.rules.internal.engine.ReviewEngine;
import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import io.github.crmstrategy.rules.internal.pack.RuleData;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/** Engines the benchmarks compare. */
public final class Engines {
  private Engines() {}

  /**
   * An engine whose KieBase holds only the reporting rules of {@code category}: a private copy of
   * the precompiled default KieBase (built from the generated model as the library builds it, no
   * compile) with every other rule removed. Benchmark-only; the shared default engine is untouched.
   */
  public static ReviewEngine only(Category category) {
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
    return new ReviewEngine(kieBase, RuleData.defaults());
  }
}
