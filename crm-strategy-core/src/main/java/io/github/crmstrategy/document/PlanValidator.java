package io.github.crmstrategy.document;

import io.github.crmstrategy.document.internal.PlanChecker;
import io.github.crmstrategy.model.PlanDocument;
import java.util.List;

/**
 * Checks a parsed plan for what makes it meaningless, as opposed to merely weak: duplicate or empty
 * ids, references to ids that do not exist or name the wrong kind of element, dates that cannot be
 * right (an end before its start, history after its baseline) and impossible numbers (non-finite
 * values, negative employees, maturity outside 1..5, an unsupported format version, a blank
 * organization name).
 *
 * <p>Anything missing (owners, dates, baselines, targets, links, sections...) is valid here: the
 * rules report it later as findings.
 */
public final class PlanValidator {
  private PlanValidator() {}

  /**
   * Every problem of {@code plan}, in document order, each with the element path, a message naming
   * the element and values, and a fix hint; empty when the plan is valid.
   */
  public static List<Problem> validate(PlanDocument plan) {
    return PlanChecker.check(plan);
  }
}
