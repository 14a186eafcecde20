package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
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

  /**
   * The rule's impact on the strategy's success: {@code high}, {@code medium} or {@code low}
   * ({@code medium} when its metadata does not say).
   */
  @Value.Default
  default String impact() {
    return "medium";
  }

  /**
   * How certain the rule's diagnosis is: {@code high} (read straight from the document), {@code
   * medium} or {@code low} (a heuristic, a vocabulary match); {@code medium} when not stated.
   */
  @Value.Default
  default String certainty() {
    return "medium";
  }

  /** The priority of the rule's findings, 1..5 (see {@link Priority}). */
  @Value.Default
  default int priority() {
    return Priority.DEFAULT;
  }

  /**
   * Advice for the analysts who maintain the rule data (for example which table to extend when a
   * finding comes from a gap in it); empty when none. Never part of a client's report.
   */
  @Value.Default
  default String analystNote() {
    return "";
  }

  /**
   * The rule's texts in other languages that its profile gives ({@code texts} in a profile):
   * language tag to bundle key ({@code ACME-001.title}) to text. Empty for the built-in rules,
   * whose translations are the library's own. Not written to JSON.
   */
  @JsonIgnore
  Map<String, Map<String, String>> translations();

  /** A builder for {@link RuleDescriptor}. */
  static ImmutableRuleDescriptor.Builder builder() {
    return ImmutableRuleDescriptor.builder();
  }
}
