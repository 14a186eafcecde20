package io.github.crmstrategy.rules;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of reviewing one plan: the maturity result, the findings in a stable order, counts by
 * severity and category, and the rule pack that produced it. Serialisable to JSON with Jackson.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAssessmentReport.class)
@JsonDeserialize(as = ImmutableAssessmentReport.class)
public interface AssessmentReport {
  /** Name of the rule pack. */
  String rulePack();

  /** Version of the rule pack. */
  String rulePackVersion();

  /** Organisation name of the assessed plan. */
  String organization();

  /** CRM maturity: today, at the end of the plan, and the route between them. */
  MaturityResult maturity();

  /** The quality of the strategy document itself (not maturity). */
  DocumentQuality documentQuality();

  /**
   * What to do next: each block's smallest set of changes to its next level, today and at the end
   * of the plan, and the top actions across blocks and findings. Empty in a report built without
   * it.
   */
  @Value.Default
  default NextActions nextActions() {
    return NextActions.builder().build();
  }

  /** Findings, ordered by {@link Finding#ORDER}. */
  List<Finding> findings();

  /** Number of findings per severity (every severity present, zero included). */
  Map<Severity, Integer> countsBySeverity();

  /** Number of findings per category (every category present, zero included). */
  Map<Category, Integer> countsByCategory();

  /**
   * Findings a profile's suppressions accepted, with their justification: counted here, not in
   * {@link #findings()} or the counts. Empty without suppressions.
   */
  List<SuppressedFinding> suppressedFindings();

  /**
   * Texts of the pack's own rules and criteria in other languages, given by the profile that built
   * the reviewer ({@code texts} in a profile): language tag ({@code ru}) to bundle key ({@code
   * ACME-001.message}, {@code criterion.ACME-X.description}) to pattern, the keys and patterns of
   * the built-in texts (docs/rules-customisation.md, "Texts in Russian"). A report says such a rule
   * or criterion in that language; without a translation it says it in English. Empty for the
   * built-in pack. Not written to JSON.
   */
  @JsonIgnore
  Map<String, Map<String, String>> translations();

  /** Findings of {@code ruleId}. */
  default List<Finding> findingsOf(String ruleId) {
    return findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /** A builder for {@link AssessmentReport}. */
  static ImmutableAssessmentReport.Builder builder() {
    return ImmutableAssessmentReport.builder();
  }
}
