package io.github.crmstrategy.rules;

import io.github.crmstrategy.model.PlanDocument;
import io.github.crmstrategy.rules.internal.DefaultPack;
import io.github.crmstrategy.rules.internal.ReviewEngine;
import java.util.List;
import java.util.Objects;

/**
 * Reviews plans against a rule pack: scores CRM maturity, flags misalignment with the corporate
 * strategy and checks indicator realism.
 *
 * <p>Build a reviewer once and share it: it is immutable and thread-safe, building it is the only
 * heavy step, and each {@link #assess} call is cheap and independent.
 *
 * <pre>{@code
 * Reviewer reviewer = Reviewer.withDefaultRules();
 * AssessmentReport report = reviewer.assess(plan);
 * }</pre>
 */
public final class Reviewer {
  private final ReviewEngine engine;

  private Reviewer(ReviewEngine engine) {
    this.engine = engine;
  }

  /**
   * A reviewer with the built-in rule pack, precompiled at build time. The pack is loaded once per
   * class loader; later calls return a reviewer over the same compiled rules.
   */
  public static Reviewer withDefaultRules() {
    return new Reviewer(DefaultPack.engine());
  }

  /** Reviews {@code plan} (a valid plan, as loaded by {@code PlanDocuments}). */
  public AssessmentReport assess(PlanDocument plan) {
    return engine.assess(Objects.requireNonNull(plan, "plan"));
  }

  /** The reporting rules of the pack, ordered by id. */
  public List<RuleDescriptor> rules() {
    return engine.rules();
  }
}
