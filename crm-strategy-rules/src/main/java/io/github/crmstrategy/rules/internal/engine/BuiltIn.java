package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import java.util.HashSet;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Which rules are the built-in pack's: the rules of the precompiled default KieBase, by package and
 * name. A pack compiled from a profile holds the same rules (compiled again from the same DRL) and
 * the analyst's own; only the latter are tracked, and only they are blamed for a loop.
 */
final class BuiltIn {
  private BuiltIn() {}

  private static final class Keys {
    static final Set<String> KEYS = keys();

    private static Set<String> keys() {
      Set<String> keys = new HashSet<>();
      for (KiePackage pkg : DefaultPack.kieBase().getKiePackages()) {
        for (Rule rule : pkg.getRules()) {
          keys.add(rule.getPackageName() + "/" + rule.getName());
        }
      }
      return Set.copyOf(keys);
    }
  }

  /** Whether {@code rule} is one of the built-in pack's rules. */
  static boolean isBuiltIn(Rule rule) {
    return rule != null && Keys.KEYS.contains(rule.getPackageName() + "/" + rule.getName());
  }
}
