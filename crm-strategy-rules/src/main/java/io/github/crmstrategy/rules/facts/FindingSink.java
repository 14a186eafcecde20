package io.github.crmstrategy.rules.facts;

import org.kie.api.runtime.rule.RuleContext;

/**
 * Where rules report findings: the DRL global {@code findings}. A rule's consequence calls {@code
 * findings.report(kcontext, path, message, "key", value, ...)}; the rule id, category, severity,
 * rationale and remediation come from the rule's metadata ({@code @id}, {@code @category}, {@code
 * @severity}, {@code @rationale}, {@code @remediation}), so every finding names the rule that produced
 * it.
 */
public interface FindingSink {
  /**
   * Reports a finding of the firing rule.
   *
   * @param kcontext the rule context ({@code kcontext} in a DRL consequence)
   * @param path element path of the plan element the finding is about
   * @param message what is wrong, naming the element and the numbers involved
   * @param evidence alternating names and values of what the rule looked at
   */
  void report(RuleContext kcontext, String path, String message, Object... evidence);
}
