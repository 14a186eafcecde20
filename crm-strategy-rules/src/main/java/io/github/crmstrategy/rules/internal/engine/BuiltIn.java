package io.github.crmstrategy.rules.internal.engine;

import io.github.crmstrategy.rules.internal.pack.DefaultPack;
import org.kie.api.definition.rule.Rule;

/**
 * Which rules are the built-in pack's: the rules of the precompiled default model, by package and
 * name. A pack built from a profile holds the same rules and the analyst's own; only the latter are
 * tracked, and only they are blamed for a loop.
 */
final class BuiltIn {
  private BuiltIn() {}

  /** Whether {@code rule} is one of the built-in pack's rules. */
  static boolean isBuiltIn(Rule rule) {
    return rule != null
        && DefaultPack.ruleKeys().contains(DefaultPack.key(rule.getPackageName(), rule.getName()));
  }
}
