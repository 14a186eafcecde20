package io.github.crmstrategy.rules.internal.pack;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.crmstrategy.rules.AssessmentLimits;
import io.github.crmstrategy.rules.Severity;
import io.github.crmstrategy.rules.profile.Suppression;

/**
 * How an engine runs its compiled rules: the data facts (parameter values, tables), the rule ids
 * switched off, severity overrides and suppressions. The default pack is {@link #of(RuleData)}.
 *
 * @param name pack name reported in assessments
 * @param data rule data: parameters are the {@code Param} facts, tables the data facts
 * @param disabled ids of rules that do not fire (an agenda filter on the {@code @id} metadata)
 * @param severities severity overrides by rule id, applied as findings are reported
 * @param suppressions accepted findings
 * @param limits the guards on each assessment
 * @param texts the profile's texts in other languages (language tag to key to pattern)
 */
public record RulePack(
    String name,
    RuleData data,
    ImmutableSet<String> disabled,
    ImmutableMap<String, Severity> severities,
    ImmutableList<Suppression> suppressions,
    AssessmentLimits limits,
    ImmutableMap<String, ImmutableMap<String, String>> texts) {

  /**
   * The pack of {@code data} as it is: every rule on, own severities, no suppressions, the default
   * limits.
   */
  public static RulePack of(RuleData data) {
    return new RulePack(
        data.packName(),
        data,
        ImmutableSet.of(),
        ImmutableMap.of(),
        ImmutableList.of(),
        AssessmentLimits.defaults(),
        ImmutableMap.of());
  }

  /** {@link #texts()} as plain maps. */
  public java.util.Map<String, java.util.Map<String, String>> translations() {
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.LinkedHashMap<>();
    texts.forEach((k, v) -> out.put(k, v));
    return out;
  }

  /** The texts whose keys belong to rule {@code id} ({@code id.title}, {@code id.message}...). */
  public java.util.Map<String, java.util.Map<String, String>> translationsOf(String id) {
    java.util.Map<String, java.util.Map<String, String>> out = new java.util.LinkedHashMap<>();
    texts.forEach(
        (language, keys) -> {
          java.util.Map<String, String> own = new java.util.LinkedHashMap<>();
          keys.forEach(
              (k, v) -> {
                if (k.startsWith(id + ".")) {
                  own.put(k, v);
                }
              });
          if (!own.isEmpty()) {
            out.put(language, own);
          }
        });
    return out;
  }
}
