package io.github.crmstrategy.rules.profile;

import org.immutables.value.Value;

/** A DRL file of the analyst's: a name for messages (usually the path) and its text. */
@Value.Immutable
public interface RuleSource {
  /** Name used in error messages, for example {@code rules/acme.drl}. */
  @Value.Parameter
  String name();

  /** The DRL text. */
  @Value.Parameter
  String content();

  /** A DRL source. */
  static RuleSource of(String name, String content) {
    return ImmutableRuleSource.of(name, content);
  }
}
