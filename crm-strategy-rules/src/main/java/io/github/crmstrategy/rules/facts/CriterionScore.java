package io.github.crmstrategy.rules.facts;

import io.github.crmstrategy.model.ElementPath;
import io.github.crmstrategy.text.Wording;

/**
 * The result of evaluating one criterion in one scope, inserted by the maturity rules: the share of
 * the criterion's points the plan earns and the evidence for it. For a {@link QualityCriterion} the
 * scope is {@link EvidenceScope#DOCUMENT} and {@code block} is the criterion's aspect.
 *
 * @param scope the scope of the evidence it was scored against
 * @param criterionId the {@link MaturityCriterion} (or {@link QualityCriterion}) id
 * @param block building block id (the aspect for document quality)
 * @param weight points the criterion is worth
 * @param ratio share of the points earned, 0..1: 1 met, {@code maturity.criterion.partialCredit}
 *     partly met, 0 unmet
 * @param value the value of the measure it read
 * @param evidence what was measured, in words and numbers
 * @param path element path of the plan element the evidence rests on
 * @param wording the evidence in words any language can say ({@link Evidence#wording()}), {@code
 *     null} when there is none
 */
public record CriterionScore(
    EvidenceScope scope,
    String criterionId,
    String block,
    double weight,
    double ratio,
    double value,
    String evidence,
    ElementPath path,
    Wording wording) {

  /** Clamps {@code ratio} into 0..1. */
  public CriterionScore {
    ratio = Double.isNaN(ratio) ? 0 : Math.max(0, Math.min(1, ratio));
  }

  /** A score whose evidence has no wording (it reads in English in every language). */
  public CriterionScore(
      EvidenceScope scope,
      String criterionId,
      String block,
      double weight,
      double ratio,
      double value,
      String evidence,
      ElementPath path) {
    this(scope, criterionId, block, weight, ratio, value, evidence, path, null);
  }

  /**
   * A score of today's evidence whose path is given in its text form ({@code ""} for the whole
   * plan), its value the ratio: for rules of one's own that score a criterion without a measure.
   */
  public CriterionScore(
      String criterionId, String block, double weight, double ratio, String evidence, String path) {
    this(EvidenceScope.CURRENT, criterionId, block, weight, ratio, ratio, evidence, path);
  }

  /** A score of today's evidence, its value the ratio. */
  public CriterionScore(
      String criterionId,
      String block,
      double weight,
      double ratio,
      String evidence,
      ElementPath path) {
    this(EvidenceScope.CURRENT, criterionId, block, weight, ratio, ratio, evidence, path);
  }

  /** A score in {@code scope} whose path is given in its text form. */
  public CriterionScore(
      EvidenceScope scope,
      String criterionId,
      String block,
      double weight,
      double ratio,
      double value,
      String evidence,
      String path) {
    this(scope, criterionId, block, weight, ratio, value, evidence, ElementPath.parse(path));
  }

  /** Points earned: weight times ratio ({@link MaturityScoring#points}). */
  public double points() {
    return MaturityScoring.points(weight, ratio);
  }
}
