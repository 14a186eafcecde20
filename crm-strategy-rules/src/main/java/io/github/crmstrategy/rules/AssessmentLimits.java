package io.github.crmstrategy.rules;

import java.time.Duration;
import java.util.Objects;

/**
 * The guards on one assessment, which stop rules that run away (in practice an analyst's own rules:
 * the built-in pack stays far below every default) so that the host and the other plans of a batch
 * carry on. When a guard stops an assessment, {@link Reviewer#assess} throws a {@link
 * RuleExecutionException} whose {@link RuleExecutionException#reason() reason} names the guard and
 * whose message names the rule.
 *
 * <ul>
 *   <li>{@link #maxFirings()}: rule firings per assessment ({@value #DEFAULT_MAX_FIRINGS} by
 *       default) beyond {@value #FIRINGS_PER_PLAN_FACT} per fact of the plan (the built-in pack
 *       fires at most about 3 times per fact, so a large plan never reaches the limit). The report
 *       names the analyst's rule that fired most, never a built-in rule that merely reacted to it.
 *   <li>{@link #timeBudget()}: wall-clock time per assessment (30 s by default). A watchdog halts
 *       the engine, the session is discarded and the report names the rule that was running. A rule
 *       busy in its own Java code (a {@code while (true)} in a consequence) cannot be halted from
 *       outside: packs with analysts' rules therefore run on a worker thread, which the reviewer
 *       stops (on Java 17 to 19) or abandons (later Java versions cannot stop a thread) while the
 *       call returns.
 *   <li>{@link #maxInsertedFacts()}: facts the analysts' rules may insert during one assessment
 *       ({@value #DEFAULT_MAX_INSERTED_FACTS} by default; the plan's facts and the built-in rules'
 *       maturity scores are not counted); the insert that goes beyond it fails inside the rule that
 *       makes it.
 * </ul>
 *
 * <p>A profile sets them under {@code limits:} ({@code maxFirings}, {@code timeBudgetSeconds},
 * {@code maxInsertedFacts}); a host sets them with {@link Reviewer#withLimits}. Instances are
 * immutable.
 *
 * @param maxFirings rule firings allowed in one assessment beyond {@value #FIRINGS_PER_PLAN_FACT}
 *     per plan fact, at least 1
 * @param timeBudget wall-clock time allowed for one assessment, positive
 * @param maxInsertedFacts facts the analysts' rules may insert in one assessment, at least 0
 */
public record AssessmentLimits(int maxFirings, Duration timeBudget, int maxInsertedFacts) {
  /**
   * Default firing limit, beyond {@link #FIRINGS_PER_PLAN_FACT} per plan fact: a rule that keeps
   * modifying a fact it matches reaches it in a few seconds.
   */
  public static final int DEFAULT_MAX_FIRINGS = 100_000;

  /**
   * Firings allowed per fact of the plan on top of {@link #maxFirings()}: the built-in pack fires
   * at most about 3 times per fact (measured on the samples and generated plans).
   */
  public static final int FIRINGS_PER_PLAN_FACT = 20;

  /**
   * Default time budget, in seconds: the built-in pack assesses the reference plan in about a
   * millisecond once warm and a plan of 13,000 facts in under a second.
   */
  public static final int DEFAULT_TIME_BUDGET_SECONDS = 30;

  /** Default cap on the facts analysts' rules insert in one assessment. */
  public static final int DEFAULT_MAX_INSERTED_FACTS = 100_000;

  private static final AssessmentLimits DEFAULTS =
      new AssessmentLimits(
          DEFAULT_MAX_FIRINGS,
          Duration.ofSeconds(DEFAULT_TIME_BUDGET_SECONDS),
          DEFAULT_MAX_INSERTED_FACTS);

  /** Checks the values. */
  public AssessmentLimits {
    Objects.requireNonNull(timeBudget, "timeBudget");
    if (maxFirings < 1) {
      throw new IllegalArgumentException("maxFirings must be at least 1, not " + maxFirings);
    }
    if (timeBudget.isNegative() || timeBudget.isZero()) {
      throw new IllegalArgumentException("timeBudget must be positive, not " + timeBudget);
    }
    if (maxInsertedFacts < 0) {
      throw new IllegalArgumentException(
          "maxInsertedFacts must be at least 0, not " + maxInsertedFacts);
    }
  }

  /** The firing limit of an assessment of a plan of {@code planFacts} facts. */
  public long firingLimit(int planFacts) {
    return maxFirings + (long) FIRINGS_PER_PLAN_FACT * planFacts;
  }

  /** The documented defaults. */
  public static AssessmentLimits defaults() {
    return DEFAULTS;
  }

  /** These limits with the firing limit {@code n}. */
  public AssessmentLimits withMaxFirings(int n) {
    return new AssessmentLimits(n, timeBudget, maxInsertedFacts);
  }

  /** These limits with the time budget {@code budget}. */
  public AssessmentLimits withTimeBudget(Duration budget) {
    return new AssessmentLimits(maxFirings, budget, maxInsertedFacts);
  }

  /** These limits with the cap on inserted facts {@code n}. */
  public AssessmentLimits withMaxInsertedFacts(int n) {
    return new AssessmentLimits(maxFirings, timeBudget, n);
  }

  /**
   * The stricter of these limits and {@code other}, each guard on its own: what an untrusted
   * profile gets, since it may tighten a host's limits but never loosen them.
   */
  public AssessmentLimits atMost(AssessmentLimits other) {
    return new AssessmentLimits(
        Math.min(maxFirings, other.maxFirings),
        timeBudget.compareTo(other.timeBudget) <= 0 ? timeBudget : other.timeBudget,
        Math.min(maxInsertedFacts, other.maxInsertedFacts));
  }
}
