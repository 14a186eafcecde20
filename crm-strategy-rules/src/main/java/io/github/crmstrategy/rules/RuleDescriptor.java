package io.github.crmstrategy.rules;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import org.immutables.value.Value;

/** A rule of a pack as described by its metadata: the source of {@code docs/rules.md}. */
@Value.Immutable
@JsonSerialize(as = ImmutableRuleDescriptor.class)
@JsonDeserialize(as = ImmutableRuleDescriptor.class)
public interface RuleDescriptor {
  /** Stable rule id. */
  String id();

  /** Drools rule name. */
  String name();

  /** One-line title. */
  String title();

  /** Category. */
  Category category();

  /** Severity of its findings (the rule's own, or a profile's override). */
  Severity severity();

  /** Why it matters, with its source. */
  String rationale();

  /** What to do about a finding. */
  String remediation();

  /** Whether the rule runs (a profile may switch it off). */
  @Value.Default
  default boolean enabled() {
    return true;
  }

  /** Names of the parameters the rule reads. */
  List<String> parameters();

  /** A builder for {@link RuleDescriptor}. */
  static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }
}
