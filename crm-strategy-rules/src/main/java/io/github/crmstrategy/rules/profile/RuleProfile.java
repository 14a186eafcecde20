package io.github.crmstrategy.rules.profile;

import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.facts.BenchmarkRange;
import io.github.crmstrategy.rules.facts.GrowthLimit;
import io.github.crmstrategy.rules.facts.MaturityCriterion;
import io.github.crmstrategy.rules.facts.MaturitySignal;
import io.github.crmstrategy.rules.facts.RequiredSection;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * A resolved rule profile: the built-in pack plus an analyst's changes. Read one from YAML with
 * {@link RuleProfiles#read} (which resolves {@code extends} and loads the files the profile names),
 * or build one in memory, for example from a host's own database:
 *
 * <pre>{@code
 * RuleProfile profile = RuleProfile.builder()
 *     .name("acme")
 *     .putRule("ALIGN-014", RuleSetting.disabled())
 *     .putParameter("realism.indicatorsPerGoal.min", 3.0)
 *     .addDrl(RuleSource.of("acme.drl", drlText))
 *     .build();
 * Reviewer reviewer = Reviewer.fromProfile(profile);
 * }</pre>
 *
 * <p>Every attribute is optional: an empty profile is the built-in pack.
 */
@Value.Immutable
public interface RuleProfile {
  /** Name of the profile, used in messages and reported as the rule pack of assessments. */
  @Value.Default
  default String name() {
    return "profile";
  }

  /** Rule settings by rule id (built-in or the profile's own). */
  Map<String, RuleSetting> rules();

  /** Parameter values by parameter name (see {@code parameters.yaml} and {@code docs/rules.md}). */
  Map<String, Double> parameters();

  /** Benchmark ranges: added to the built-in table, or replacing it. */
  List<BenchmarkRange> benchmarks();

  /** Whether {@link #benchmarks()} replaces the built-in table rather than adding to it. */
  @Value.Default
  default boolean replaceBenchmarks() {
    return false;
  }

  /** Growth limits: added to the built-in table, or replacing it. */
  List<GrowthLimit> growthLimits();

  /** Whether {@link #growthLimits()} replaces the built-in table rather than adding to it. */
  @Value.Default
  default boolean replaceGrowthLimits() {
    return false;
  }

  /** Required concept sections: added to the built-in list, or replacing it. */
  List<RequiredSection> conceptSections();

  /** Whether {@link #conceptSections()} replaces the built-in list rather than adding to it. */
  @Value.Default
  default boolean replaceConceptSections() {
    return false;
  }

  /**
   * Maturity criteria (data/maturity-model.yaml's shape): added to the built-in model (a criterion
   * with a built-in id replaces it), or replacing all of them.
   */
  List<MaturityCriterion> maturityCriteria();

  /**
   * Whether {@link #maturityCriteria()} replaces the built-in criteria rather than adding to them.
   */
  @Value.Default
  default boolean replaceMaturityCriteria() {
    return false;
  }

  /**
   * Signals of negative present-day evidence: added to the built-in ones (a signal with a built-in
   * id replaces it, for example to add phrases of another language), or replacing all of them.
   */
  List<MaturitySignal> maturitySignals();

  /**
   * Whether {@link #maturitySignals()} replaces the built-in signals rather than adding to them.
   */
  @Value.Default
  default boolean replaceMaturitySignals() {
    return false;
  }

  /**
   * Rows of the other data files (the indicator catalogue, relations, industries, vocabulary,
   * checks, folding), added to the built-in tables or replacing them, in the order given.
   */
  List<DataTable> dataTables();

  /** The analyst's DRL files, compiled with the built-in rules. */
  List<RuleSource> drl();

  /** The analyst's decision tables (XLSX or CSV), compiled with the built-in rules. */
  List<DecisionTableSource> decisionTables();

  /** Findings accepted on purpose: counted in the report, not listed with the others. */
  List<Suppression> suppressions();

  /**
   * The guards on each assessment (the profile's {@code limits:}): firings, time budget, inserted
   * facts. {@link AssessmentLimits#defaults()} unless set.
   */
  @Value.Default
  default AssessmentLimits limits() {
    return AssessmentLimits.defaults();
  }

  /**
   * Texts of the profile's own rules and criteria in other languages ({@code texts} in a profile
   * file: {@code ru: texts_ru.properties}): language tag to bundle key to pattern, with the keys
   * and patterns of the built-in texts ({@code ACME-001.message}, {@code
   * criterion.ACME-REVIEWS.description}...; docs/rules-customisation.md, "Texts in Russian"). A
   * profile's text wins over a built-in one of the same key. Empty by default.
   */
  Map<String, Map<String, String>> texts();

  /** Whether the profile adds rules of its own, so that the pack must be compiled at run time. */
  default boolean hasOwnRules() {
    return !drl().isEmpty() || !decisionTables().isEmpty();
  }

  /** A builder. */
  static ImmutableRuleProfile.Builder builder() {
    return ImmutableRuleProfile.builder();
  }
}
