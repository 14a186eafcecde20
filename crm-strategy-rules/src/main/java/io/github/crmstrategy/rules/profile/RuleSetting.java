package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.rules.Severity;
import java.util.Optional;
import org.immutables.value.Value;

/** What a profile changes about one rule: whether it runs, and its severity. */
@Value.Immutable
public interface RuleSetting {
  /** Whether the rule runs; empty keeps the inherited setting (enabled by default). */
  Optional<Boolean> enabled();

  /** The severity of its findings; empty keeps the rule's own. */
  Optional<Severity> severity();

  /** A setting that switches the rule off. */
  static RuleSetting disabled() {
    return ImmutableRuleSetting.builder().enabled(false).build();
  }

  /** A setting that changes the severity. */
  static RuleSetting severity(Severity severity) {
    return ImmutableRuleSetting.builder().severity(severity).build();
  }

  /** {@code other}'s values where it has them, this setting's otherwise. */
  default RuleSetting overriddenBy(RuleSetting other) {
    return ImmutableRuleSetting.builder()
        .enabled(other.enabled().isPresent() ? other.enabled() : enabled())
        .severity(other.severity().isPresent() ? other.severity() : severity())
        .build();
  }

  /** A builder. */
  static ImmutableRuleSetting.Builder builder() {
    return ImmutableRuleSetting.builder();
  }
}
