package io.github.crmstrategy.rules.facts;

/**
 * A row of {@code folding.yaml}: a finding of rule {@code fold} that is a consequence of a finding
 * of rule {@code into} is folded into it, so that one root cause gives one finding. Read by the
 * engine after the rules have fired (not inserted as a fact).
 *
 * @param fold id of the rule whose findings are consequences
 * @param into id of the rule whose finding is the root cause
 * @param scope where the root cause must be: {@code samePath} (the same element), {@code section}
 *     (the same top-level section of the plan), {@code section:NAME} (both in the top-level section
 *     {@code NAME}, for example {@code section:crmStrategy}) or {@code plan} (anywhere)
 * @param mode {@code mention}: the consequence's message is added to the root cause's ("Also:
 *     ..."); {@code drop}: the consequence says nothing the root cause does not, and only its rule
 *     id is kept in the evidence
 * @param reason why the one follows from the other, for the reader of the data
 */
public record FoldRule(String fold, String into, String scope, String mode, String reason) {
  /** A row; an absent scope is {@code samePath}, an absent mode {@code mention}. */
  public FoldRule {
    scope = scope == null || scope.isBlank() ? "samePath" : scope;
    mode = mode == null || mode.isBlank() ? "mention" : mode;
    reason = reason == null ? "" : reason;
  }
}
