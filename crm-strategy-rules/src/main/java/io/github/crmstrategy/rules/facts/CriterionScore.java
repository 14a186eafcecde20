package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;

/**
 * The result of evaluating one maturity criterion, inserted by a maturity rule: the share of the
 * criterion that the plan meets and the evidence for it.
 *
 * @param criterionId the {@link MaturityCriterion} id
 * @param block building block id
 * @param weight points the criterion is worth
 * @param ratio share met, 0..1
 * @param evidence what the rule saw, in words and numbers
 * @param path element path of the plan element the evidence is about; rules usually write it as
 *     text, {@code "crmStrategy"}, with the second constructor
 */
public record CriterionScore(
    String criterionId,
    String block,
    double weight,
    double ratio,
    String evidence,
    ElementPath path) {

  /** Clamps {@code ratio} into 0..1. */
  public CriterionScore {
    ratio = Double.isNaN(ratio) ? 0 : Math.max(0, Math.min(1, ratio));
  }

  /** A score whose path is given in its text form ({@code ""} for the whole plan). */
  public CriterionScore(
      String criterionId, String block, double weight, double ratio, String evidence, String path) {
    this(criterionId, block, weight, ratio, evidence, ElementPath.parse(path));
  }

  /** Points earned: weight times ratio. */
  public double points() {
    return weight * ratio;
  }
}
