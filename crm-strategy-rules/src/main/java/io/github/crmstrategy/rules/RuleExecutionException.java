package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.ElementPath;
import java.util.Optional;

/**
 * An assessment was cut short: a rule threw (in its conditions or its actions), or a guard of
 * {@link AssessmentLimits} stopped it (too many firings, the time budget, too many inserted facts),
 * or the calling thread was interrupted. Thrown by {@link Reviewer#assess} instead of returning a
 * report that would silently miss findings; the host catches it, reports it and carries on (the
 * reviewer stays usable, the session that ran the rules is discarded). Only analysts' own rules are
 * expected to fail this way.
 *
 * <p>The message says what happened in the analyst's terms, for example {@code Rule "Loops"
 * (ACME-041) fired 99990 of 100000 firings and was stopped by the firing limit (last at
 * crmStrategy.goals[CG1]) assessing Acme: it probably modifies a fact it matches without a guard}.
 */
public final class RuleExecutionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why an assessment was cut short. */
  public enum Reason {
    /** A rule's action (its {@code then} part) threw. */
    RULE_THREW,
    /** A rule's condition (its {@code when} part) threw while being evaluated. */
    CONDITION_THREW,
    /** The rules fired {@link AssessmentLimits#maxFirings()} times. */
    FIRING_LIMIT,
    /** The assessment ran longer than {@link AssessmentLimits#timeBudget()}. */
    TIME_BUDGET,
    /** The rules inserted more than {@link AssessmentLimits#maxInsertedFacts()} facts. */
    FACT_LIMIT,
    /** The thread calling {@link Reviewer#assess} was interrupted (the host cancelled the call). */
    CANCELLED
  }

  private final Reason reason;
  private final String ruleName;
  private final String ruleId;

  /** The path's text form, empty when unknown (text keeps the exception serialisable). */
  private final String path;

  /**
   * A failure for {@code reason} of rule {@code ruleName} (empty when no rule is to blame, for
   * example a cancelled call between firings; id {@code ruleId}, may be empty) at {@code path}
   * ({@code null} when unknown).
   */
  public RuleExecutionException(
      Reason reason,
      String message,
      String ruleName,
      String ruleId,
      ElementPath path,
      Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.ruleName = ruleName == null ? "" : ruleName;
    this.ruleId = ruleId == null ? "" : ruleId;
    this.path = path == null ? "" : path.toString();
  }

  /** Why the assessment was cut short. */
  public Reason reason() {
    return reason;
  }

  /** Name of the Drools rule that failed or was running; empty when none is to blame. */
  public String ruleName() {
    return ruleName;
  }

  /** Its id, if it has one. */
  public Optional<String> ruleId() {
    return ruleId.isEmpty() ? Optional.empty() : Optional.of(ruleId);
  }

  /** Element path of the plan element the rule was looking at, if known. */
  public Optional<ElementPath> path() {
    return path.isEmpty() ? Optional.empty() : Optional.of(ElementPath.parse(path));
  }
}
